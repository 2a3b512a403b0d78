package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.Sentence;

/**
 * The members of an introduced family: names listed after "the series includes", names coordinated
 * right after an introduced one ("StarCoder and StarCoderBase"), and sized or tuned variants of an
 * introduced name ("OLMoE-1B-7B" beside "OLMoE").
 */
final class FamilyMembers {
    /** Verbs that list a family's members ("the series includes A, B and C"). */
    private static final Pattern MEMBER_VERB = Pattern.compile("includ(e|es)|compris(e|es)|consists?|contains?");

    private static final Set<String> FAMILY_NOUNS = Set.of("series", "family", "suite", "collection", "models", "variants");

    private FamilyMembers() {}

    /**
     * "The series includes three models - A, B, and C", "the Gaperon family includes ...": the members
     * listed after a family noun or an introduced name are introduced with it.
     */
    static List<ExtractedEntity> membersOfIntroducedFamilies(EntityLocations where, Set<ExtractedEntity> introduced) {
        List<ExtractedEntity> out = new ArrayList<>();
        for (int si = 1; si < where.sentenceCount(); si++) {
            Sentence s = where.sentence(si);
            for (int v = 1; v < s.size(); v++) {
                if (!Words.matches(s, v, MEMBER_VERB)) {
                    continue;
                }
                if (familySubject(where, si, v, introduced)) {
                    ContributionVerbs.objectPhrase(where, si, v + 1).forEach(l -> out.add(l.entity()));
                }
            }
        }
        return out;
    }

    /** Whether the words before a listing verb name an introduced entity or "the series/family". */
    private static boolean familySubject(EntityLocations where, int si, int v, Set<ExtractedEntity> introduced) {
        Sentence s = where.sentence(si);
        for (int i = v - 1; i >= 0 && i >= v - 8; i--) {
            Located l = where.at(si, i);
            if (l != null) {
                return introduced.contains(l.entity());
            }
            if (FAMILY_NOUNS.contains(Words.lower(s, i)) && !Words.lower(s, i).equals("models")) {
                return true;
            }
            if (Words.is(s, i, "which", "that", ",")) {
                continue;
            }
            if (Words.verbal(s, i) || Words.PHRASE_BREAKS.contains(Words.lower(s, i))) {
                break;
            }
        }
        return false;
    }

    /**
     * "introduces StarCoder and StarCoderBase": a name coordinated right after an introduced one of
     * the same kind is introduced too. Only forward, because "A, B and our X" lists rivals first; only
     * models, because benchmark lists often start with the paper's own benchmark.
     */
    static List<ExtractedEntity> coordinatedAfterIntroduced(EntityLocations where, Set<ExtractedEntity> introduced) {
        List<ExtractedEntity> out = new ArrayList<>();
        for (int si = 0; si < where.sentenceCount(); si++) {
            Sentence s = where.sentence(si);
            List<Located> ms = where.in(si);
            boolean chain = false;
            for (int k = 1; k < ms.size(); k++) {
                Located a = ms.get(k - 1);
                Located b = ms.get(k);
                chain = (chain || introduced.contains(a.entity())) && a.isModel() && b.isModel()
                        && onlyCoordination(s, a.last() + 1, b.first());
                if (chain) {
                    out.add(b.entity());
                }
            }
        }
        return out;
    }

    private static boolean onlyCoordination(Sentence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Words.is(s, i, ",", "and", "&")) {
                return false;
            }
        }
        return true;
    }

    /** Words that mark a release variant of one model rather than a new model built from it ("-Math"). */
    private static final Set<String> VARIANT_WORDS = Set.of("instruct", "chat", "base", "it", "mini", "small", "medium",
            "large", "pro", "lite", "flash", "air", "plus", "turbo", "max", "rl", "sft", "dpo", "zero", "preview",
            "thinking", "nano", "tiny", "ultra", "v", "moe");

    /** A size ("-7B", " 1.4B") or a release-variant word starts the rest of the name. */
    private static boolean variantSuffix(String rest) {
        String first = rest.split("[- _.]", 2)[0];
        return !first.isEmpty() && (Character.isDigit(first.charAt(0)) || VARIANT_WORDS.contains(first));
    }

    /** "OLMoE-1B-7B" beside an introduced "OLMoE": a sized or tuned variant of the paper's own family. */
    static List<ExtractedEntity> sizedVariants(List<ExtractedEntity> entities, Set<ExtractedEntity> introduced) {
        List<ExtractedEntity> out = new ArrayList<>();
        for (ExtractedEntity e : entities) {
            if (e.type() != MentionType.MODEL || introduced.contains(e)) {
                continue;
            }
            String name = e.name().toLowerCase(Locale.ROOT);
            for (ExtractedEntity family : introduced) {
                String base = family.name().toLowerCase(Locale.ROOT);
                if (family.type() == MentionType.MODEL && name.length() > base.length() + 1 && name.startsWith(base)
                        && "- _".indexOf(name.charAt(base.length())) >= 0 && variantSuffix(name.substring(base.length() + 1))) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }
}
