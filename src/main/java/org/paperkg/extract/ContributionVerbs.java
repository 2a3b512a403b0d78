package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.nlp.ContributionWords;
import org.paperkg.nlp.NonNameFilter;
import org.paperkg.nlp.Sentence;

/**
 * "We introduce X", "this report presents X and Y", "by releasing X", "we train X": the objects of the
 * verbs by which the authors present or make their own artefact.
 */
final class ContributionVerbs {
    /** Nouns by which a paper refers to itself as the agent ("this report presents"). */
    /** Nouns whose "of" phrase names what something is derived from ("a fine-tuned version of"). */
    private static final Set<String> SOURCE_NOUNS = Set.of("version", "versions", "iteration", "iterations",
            "extension", "extensions", "variant", "variants", "adaptation", "successor");
    static final Set<String> SELF_NOUNS = Set.of("paper", "work", "report", "study", "article", "technical");

    private ContributionVerbs() {}

    /** "We introduce X", "this report presents X and Y", "by releasing X": the verb's object phrase. */
    static List<ExtractedEntity> objectsOfContributionVerbs(EntityLocations where, int si) {
        List<ExtractedEntity> out = new ArrayList<>();
        Sentence s = where.sentence(si);
        for (int v = 0; v < s.size(); v++) {
            boolean presenting = ContributionWords.isPresenting(Words.lower(s, v));
            boolean making = ContributionWords.isMaking(Words.lower(s, v));
            if ((presenting || making) && !Words.tag(s, v).equals("ADJ") && authorIsAgent(s, v) && !aboutEarlierWork(s, v)) {
                List<Located> objects = objectPhrase(where, si, v + 1);
                // "we train GPT-2 and RoBERTa models on ...": a plural head after the last name is every name's
                // and "we trained an XLM-RoBERTa and DeBERTa base model" shares its singular head, after a size tier
                boolean sharedModelHead = !objects.isEmpty()
                        && modelNounAfter(s, objects.get(objects.size() - 1).last() + 1);
                for (Located l : objects) {
                    if (derivedFrom(s, l.first())) {
                        continue; // "we propose a fine-tuned GPT-3.5-turbo model": the name is what it starts from
                    }
                    if (presenting || !sharedModelHead && !modelNounAfter(s, l.last() + 1)) {
                        out.add(l.entity());
                    }
                }
            }
        }
        return out;
    }

    /** "a fine-tuned GPT-3.5-turbo model", "an instruction-tuned multilingual Llama-2": a participle of derivation before the name. */
    private static boolean derivedFrom(Sentence s, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
            if (Words.matches(s, k, DERIVING_WORD)) {
                return true;
            }
            if (!Words.tag(s, k).equals("ADJ")) {
                return false;
            }
        }
        return false;
    }

    private static final Pattern DERIVING_WORD = Pattern.compile("(?i)fine-?tuned|instruction-tuned|distilled|quanti[sz]ed|pruned");

    /** Whether token i, past a size tier ("base", "large"), is "model" or "architecture" (or their plurals). */
    private static boolean modelNounAfter(Sentence s, int i) {
        int k = i < s.size() && NonNameFilter.isSizeTier(s.words()[i]) ? i + 1 : i;
        return Words.is(s, k, "model", "models", "architecture", "architectures");
    }

    static boolean contributionVerb(Sentence s, int i) {
        return ContributionWords.isPresenting(Words.lower(s, i)) || ContributionWords.isMaking(Words.lower(s, i));
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
            // "we ...", "this paper ...", "the technical report ..."
            if (w.equals("we") || w.equals("report") || w.equals("paper")
                    || SELF_NOUNS.contains(w) && Words.is(s, i - 1, "this", "our", "the")) {
                return true;
            }
            String tag = Words.tag(s, i);
            if (!(tag.equals("ADV") || tag.equals("AUX") || tag.equals("PART") || w.equals("then"))) {
                break;
            }
        }
        boolean byGerund = Words.lower(s, v).endsWith("ing") && Words.is(s, v - 1, "by", "through");
        boolean chained = Words.is(s, v - 1, "to", "and") || byGerund;
        if (chained) {
            for (int i = 0; i < v; i++) {
                // "Our investigation is performed ... by collecting a new dataset riSum": the authors' work does it
                if (Words.is(s, i, "we") || byGerund && Words.is(s, i, "our")) {
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
                // "an IM-connection incorporating BERT's layers": a possessive name qualifies another noun;
                // "UltraSparseBERT, a BERT variant": what a variant is of is its source; "a BERT-based
                // approach" is built on it
                if (!commonWord(l, where) && !Words.is(s, l.last() + 1, "'s", "’s")
                        && !SOURCE_NOUNS.contains(Words.lower(s, l.last() + 1)) && !insideAdjective(l, where)
                        && !(!out.isEmpty() && kindInApposition(s, l))) {
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
            if (SOURCE_NOUNS.contains(w) && Words.is(s, i + 1, "of")) {
                // "X, an improved version of Y": Y is what X comes from, not the paper's artefact; but "a simple
                // variant of the model, RETRO++," names the variant after the unnamed source
                Located named = namedAfterUnnamedSource(where, si, i + 2);
                if (named != null) {
                    out.add(named);
                }
                break;
            }
            if (Words.verbal(s, i) && !Words.matches(s, i, Words.NAMING) && !w.equals("including")
                    && !modifierParticiple(s, i)) {
                break;
            }
        }
        return out;
    }

    /**
     * "We introduce Luna, a DeBERTa-large encoder fine-tuned for ...": a name that heads an apposition defining the
     * object before it (an article and a few adjectives before it, a model noun after it) is what the object is
     * built on, not a second object.
     */
    private static boolean kindInApposition(Sentence s, Located l) {
        int k = l.first() - 1;
        int adjectives = 0;
        while (k > 0 && adjectives < 3 && (Words.tag(s, k).equals("ADJ") || Words.lower(s, k).endsWith("ed"))) {
            k--;
            adjectives++;
        }
        if (!Words.is(s, k, "a", "an") || !Words.is(s, k - 1, ",", ":", "(")) {
            return false;
        }
        int noun = l.last() + 1;
        if (Words.is(s, noun, "-based", "based", "language", "pre-trained", "pretrained")) {
            noun++;
        }
        return BasedOnRule.DEFINING_MODEL_NOUNS.contains(Words.lower(s, noun));
    }

    /**
     * The name in apposition after an "of" phrase that points back to an unnamed source: "a simple variant of the
     * model, RETRO++, which ...", "the bilingual version of this dataset, bBSARD". Null when the phrase names an
     * entity or opens with "a" (then the name is the source's) or no name follows its comma.
     */
    private static Located namedAfterUnnamedSource(EntityLocations where, int si, int from) {
        Sentence s = where.sentence(si);
        if (!Words.is(s, from, "the", "this", "that", "our", "its")) {
            return null; // "an adaptation of a large analogy dataset, BATS": a new source, which the name is of
        }
        for (int k = from; k < s.size() && k < from + 5; k++) {
            if (where.at(si, k) != null) {
                return null;
            }
            if (Words.is(s, k, ",")) {
                Located l = where.at(si, k + 1);
                return l != null && l.entity().type() != org.paperkg.nlp.MentionType.ORGANIZATION ? l : null;
            }
        }
        return null;
    }

    /**
     * "presents a BERT-based context-aware approach", "GRoWE: A GujiRoBERTa-Enhanced Approach", "our BERT-based
     * tagger": a name inside a hyphenated adjective is what the presented thing is built on, not the thing (in
     * an object phrase, a title and after "our" alike).
     */
    static boolean insideAdjective(Located l, EntityLocations where) {
        String text = where.text().text();
        int end = l.mention().end();
        return end < text.length() && text.charAt(end) == '-';
    }

    /** A mention written as a lower-case dictionary word ("math reasoning model") is not a name here. */
    private static boolean commonWord(Located l, EntityLocations where) {
        return l.mention().text(where.text()).matches("[a-z]+");
    }

    /**
     * "new specialized datasets", "an evolving family": a participle used as an adjective, not a new clause;
     * but an "-ing" word between a noun and an adjective or determiner starts a clause about the noun ("a
     * benchmark featuring prominent LLMs (GPT-4, Vicuna)" names the models the benchmark tests, not more of
     * what is presented; "machine reading comprehension dataset" is one compound).
     */
    private static boolean modifierParticiple(Sentence s, int i) {
        String w = Words.lower(s, i);
        String next = Words.tag(s, i + 1);
        if (w.endsWith("ing") && Words.tag(s, i - 1).equals("NOUN") && (next.equals("ADJ") || next.equals("DET"))) {
            return false;
        }
        return (w.endsWith("ed") || w.endsWith("ing") || w.equals("open-source"))
                && (next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ"));
    }
}
