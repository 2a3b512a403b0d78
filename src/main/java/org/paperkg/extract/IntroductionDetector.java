package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.ingest.Paper;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.NameKey;
import org.paperkg.nlp.Sentence;

/**
 * Decides which entities the paper presents as its own contribution ("we introduce X"): the objects
 * of first-person contribution verbs, names the paper gives ("a datastore named X"), "our X", the
 * artefact the title names, and the members and sized variants of an introduced family.
 */
final class IntroductionDetector {

    /** Verbs by which authors present their own artefact. */
    private static final Pattern PRESENTING_VERB = Pattern.compile(
            "introduc(e|es|ed|ing)|present(s|ed|ing)?|propos(e|es|ed|ing)|releas(e|es|ed|ing)"
                    + "|unveil(s|ed|ing)?|launch(es|ed|ing)?|open-?sourc(e|es|ed|ing)|contribut(e|es|ed|ing)");

    /**
     * Verbs by which authors make something; their object may also be a known model they merely
     * train again ("we trained a GPT-2 model"), so a name used as a modifier of "model" is skipped.
     */
    private static final Pattern MAKING_VERB = Pattern.compile(
            "buil(d|ds|ding|t)|develop(s|ed|ing)?|(pre-?)?train(s|ed|ing)?|creat(e|es|ed|ing)|construct(s|ed|ing)?"
                    + "|curat(e|es|ed|ing)|collect(s|ed|ing)?|document(s|ed|ing)?|compil(e|es|ed|ing)|produc(e|es|ed|ing)");

    /** Nouns by which a paper refers to itself as the agent ("this report presents"). */
    private static final Set<String> SELF_NOUNS = Set.of("paper", "work", "report", "study", "article", "technical");

    /** Verbs that list a family's members ("the series includes A, B and C"). */
    private static final Pattern MEMBER_VERB = Pattern.compile("includ(e|es)|compris(e|es)|consists?|contains?");

    private static final Set<String> FAMILY_NOUNS = Set.of("series", "family", "suite", "collection", "models", "variants");

    /** Titles of overviews: what they name is surveyed, not introduced. */
    private static final Pattern SURVEY_TITLE = Pattern.compile("(?i).*\\b(survey|review|overview)\\b.*");

    /** The entities with their {@code introduced} flag set. */
    List<ExtractedEntity> mark(Paper paper, AnalyzedText text, List<ExtractedEntity> entities) {
        EntityLocations where = new EntityLocations(text, entities);
        Set<ExtractedEntity> introduced = new LinkedHashSet<>();
        introduced.addAll(namedInTitle(where));
        introduced.addAll(titlePrefixName(where, entities));
        for (int si = 0; si < where.sentenceCount(); si++) {
            introduced.addAll(objectsOfContributionVerbs(where, si));
            introduced.addAll(namedByAuthors(where, si));
            introduced.addAll(owned(where, si));
        }
        introduced.addAll(membersOfIntroducedFamilies(where, introduced));
        introduced.addAll(coordinatedAfterIntroduced(where, introduced));
        introduced.addAll(sizedVariants(entities, introduced));
        List<ExtractedEntity> out = new ArrayList<>();
        for (ExtractedEntity e : entities) {
            out.add(introduced.contains(e) ? e.withIntroduced(true) : e);
        }
        return out;
    }

    /** "Dolma: an Open Corpus ...", "The Falcon Series of ...": a title names the paper's artefact. */
    private static List<ExtractedEntity> namedInTitle(EntityLocations where) {
        List<ExtractedEntity> out = new ArrayList<>();
        if (where.sentenceCount() == 0) {
            return out;
        }
        Sentence title = where.sentence(0);
        String titleText = where.text().covered(title.start(), title.end());
        if (SURVEY_TITLE.matcher(titleText).matches()) {
            return out;
        }
        int colon = Words.find(title, 0, title.size(), Set.of(":"));
        for (Located l : where.in(0)) {
            if (l.last() < colon || !afterComparisonOrSource(where, l)) {
                out.add(l.entity());
            }
        }
        return out;
    }

    /**
     * "Agent-FLAN: Designing Data and Methods ...": the name before a title's colon is the artefact even
     * when the finder saw the name only in the abstract.
     */
    private static List<ExtractedEntity> titlePrefixName(EntityLocations where, List<ExtractedEntity> entities) {
        List<ExtractedEntity> out = new ArrayList<>();
        if (where.sentenceCount() == 0) {
            return out;
        }
        Sentence title = where.sentence(0);
        String titleText = where.text().covered(title.start(), title.end());
        int colon = titleText.indexOf(':');
        if (colon <= 0) {
            return out;
        }
        String prefix = NameKey.of(titleText.substring(0, colon));
        for (ExtractedEntity e : entities) {
            boolean named = e.key().equals(prefix) || e.aliases().stream().anyMatch(a -> NameKey.of(a).equals(prefix));
            if (named && e.type() != MentionType.ORGANIZATION) {
                out.add(e);
            }
        }
        return out;
    }

    /** "... for Falcon LLM", "from GLM-130B to ...": a title names other works after these words. */
    private static boolean afterComparisonOrSource(EntityLocations where, Located l) {
        Sentence s = where.sentence(l.sentence());
        for (int i = l.first() - 1; i >= 0 && i >= l.first() - 3 && where.at(l.sentence(), i) == null; i--) {
            if (Words.is(s, i, "for", "from", "than", "vs", "vs.", "versus", "against", "beyond", "like", "over")) {
                return true;
            }
        }
        return false;
    }

    /** "We introduce X", "this report presents X and Y", "by releasing X": the verb's object phrase. */
    private static List<ExtractedEntity> objectsOfContributionVerbs(EntityLocations where, int si) {
        List<ExtractedEntity> out = new ArrayList<>();
        Sentence s = where.sentence(si);
        for (int v = 0; v < s.size(); v++) {
            boolean presenting = Words.matches(s, v, PRESENTING_VERB);
            boolean making = Words.matches(s, v, MAKING_VERB);
            if ((presenting || making) && !Words.tag(s, v).equals("ADJ") && authorIsAgent(s, v) && !aboutEarlierWork(s, v)) {
                for (Located l : objectPhrase(where, si, v + 1)) {
                    if (presenting || !Words.is(s, l.last() + 1, "model", "models", "architecture")) {
                        out.add(l.entity());
                    }
                }
            }
        }
        return out;
    }

    private static boolean contributionVerb(Sentence s, int i) {
        return Words.matches(s, i, PRESENTING_VERB) || Words.matches(s, i, MAKING_VERB);
    }

    /** "In our prior works, we introduced X": the authors' earlier artefact, not this paper's. */
    private static boolean aboutEarlierWork(Sentence s, int v) {
        for (int i = 0; i < v; i++) {
            if (Words.is(s, i, "prior", "previous", "previously", "earlier")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the authors perform the verb at v: "we" (or "this paper") right before it, with only
     * adverbs and auxiliaries between ("we have also released"), or "by V-ing", "to V", "and V" in a
     * sentence whose subject is "we" ("we fine-tune X to produce Y").
     */
    private static boolean authorIsAgent(Sentence s, int v) {
        for (int i = v - 1; i >= 0 && i >= v - 4; i--) {
            String w = Words.lower(s, i);
            if (w.equals("we") || SELF_NOUNS.contains(w) && i > 0 && Words.is(s, i - 1, "this", "our", "the")) {
                return true;
            }
            if (w.equals("report") || w.equals("paper")) {
                return true;
            }
            String tag = Words.tag(s, i);
            if (!(tag.equals("ADV") || tag.equals("AUX") || tag.equals("PART") || w.equals("then"))) {
                break;
            }
        }
        boolean chained = Words.is(s, v - 1, "to", "and") || Words.lower(s, v).endsWith("ing") && Words.is(s, v - 1, "by", "through");
        if (chained) {
            for (int i = 0; i < v; i++) {
                if (Words.is(s, i, "we")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The entities of the object phrase that starts at token from: it runs until a verb, a relative
     * pronoun, or a word that starts a comparison or a source ("trained on", "such as", "than").
     */
    static List<Located> objectPhrase(EntityLocations where, int si, int from) {
        List<Located> out = new ArrayList<>();
        Sentence s = where.sentence(si);
        int end = Math.min(s.size(), from + 40);
        for (int i = from; i < end; i++) {
            Located l = where.at(si, i);
            if (l != null) {
                if (!commonWord(l, where)) {
                    out.add(l);
                }
                i = l.last();
                continue;
            }
            String w = Words.lower(s, i);
            if (contributionVerb(s, i) && Words.is(s, i - 1, "and")) {
                continue;
            }
            if (Words.PHRASE_BREAKS.contains(w) && !w.equals("including") || w.equals("we")) {
                break;
            }
            if (Words.verbal(s, i) && !Words.matches(s, i, Words.NAMING) && !w.equals("including")
                    && !modifierParticiple(s, i)) {
                break;
            }
        }
        return out;
    }

    /** A mention written as a lower-case dictionary word ("math reasoning model") is not a name here. */
    private static boolean commonWord(Located l, EntityLocations where) {
        return l.mention().text(where.text()).matches("[a-z]+");
    }

    /** "new specialized datasets", "an evolving family": a participle used as an adjective, not a new clause. */
    private static boolean modifierParticiple(Sentence s, int i) {
        String w = Words.lower(s, i);
        String next = Words.tag(s, i + 1);
        return (w.endsWith("ed") || w.endsWith("ing") || w.equals("open-source"))
                && (next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ"));
    }

    /**
     * "a datastore named MassiveDS", "which we call U-PaLM", "a newly introduced X benchmark": a name the
     * authors give, or one they call new, is their artefact.
     */
    private static List<ExtractedEntity> namedByAuthors(EntityLocations where, int si) {
        List<ExtractedEntity> out = new ArrayList<>();
        Sentence s = where.sentence(si);
        boolean authors = firstPerson(s);
        for (int i = 0; i < s.size(); i++) {
            boolean naming = authors && Words.matches(s, i, Words.NAMING)
                    || Words.is(s, i, "name", "call", "term", "dub") && Words.is(s, i - 1, "we")
                    || Words.is(s, i, "newly") && contributionVerb(s, i + 1);
            if (!naming) {
                continue;
            }
            for (int j = i + 1; j <= i + 4 && j < s.size(); j++) {
                Located l = where.at(si, j);
                if (l != null) {
                    out.add(l.entity());
                    break;
                }
            }
        }
        return out;
    }

    private static boolean firstPerson(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (Words.is(s, i, "we", "our", "us") || SELF_NOUNS.contains(Words.lower(s, i)) && Words.is(s, i - 1, "this")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "our model EEVE-Korean-10.8B", "Our approach, Zebra-Llama", "X (ours)", "X, a novel ...": the
     * authors' possessive or a novelty apposition marks their own artefact.
     */
    private static List<ExtractedEntity> owned(EntityLocations where, int si) {
        List<ExtractedEntity> out = new ArrayList<>();
        Sentence s = where.sentence(si);
        for (int i = 0; i < s.size(); i++) {
            if (Words.is(s, i, "our")) {
                for (int j = i + 1; j <= i + 5 && j < s.size(); j++) {
                    Located l = where.at(si, j);
                    if (l != null) {
                        // "Our BERT model": a known architecture the authors trained, not a new name
                        if (!Words.is(s, l.last() + 1, "model", "models", "architecture")) {
                            out.add(l.entity());
                        }
                        break;
                    }
                    if (Words.verbal(s, j) || Words.PHRASE_BREAKS.contains(Words.lower(s, j))) {
                        break;
                    }
                }
            }
        }
        for (Located l : where.in(si)) {
            int after = l.last() + 1;
            if (Words.is(s, after, "(") && Words.is(s, after + 1, "ours")) {
                out.add(l.entity());
            }
            if (Words.is(s, after, ",") && Words.is(s, after + 1, "a", "an")
                    && (Words.is(s, after + 2, "new", "novel") || Words.is(s, after + 3, "new", "novel"))) {
                out.add(l.entity());
            }
        }
        return out;
    }

    /**
     * "The series includes three models - A, B, and C", "the Gaperon family includes ...": the members
     * listed after a family noun or an introduced name are introduced with it.
     */
    private static List<ExtractedEntity> membersOfIntroducedFamilies(EntityLocations where, Set<ExtractedEntity> introduced) {
        List<ExtractedEntity> out = new ArrayList<>();
        for (int si = 1; si < where.sentenceCount(); si++) {
            Sentence s = where.sentence(si);
            for (int v = 1; v < s.size(); v++) {
                if (!Words.matches(s, v, MEMBER_VERB)) {
                    continue;
                }
                if (familySubject(where, si, v, introduced)) {
                    objectPhrase(where, si, v + 1).forEach(l -> out.add(l.entity()));
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
    private static List<ExtractedEntity> coordinatedAfterIntroduced(EntityLocations where, Set<ExtractedEntity> introduced) {
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
    private static List<ExtractedEntity> sizedVariants(List<ExtractedEntity> entities, Set<ExtractedEntity> introduced) {
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
