package org.paperkg.extract;

import java.util.Set;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.nlp.Sentence;

/**
 * Whether a mention is the thing a sentence compares against ("outperforms Llama 2", "than GPT-3",
 * "such as PaLM"): numbers near it usually belong to the sentence's subject, not to it.
 */
final class Comparisons {
    private Comparisons() {}

    private static final Set<String> CUES = Set.of(
            "outperform", "outperforms", "outperformed", "outperforming", "surpass", "surpasses", "surpassed",
            "surpassing", "beat", "beats", "beating", "than", "over", "vs", "vs.", "versus", "compared", "comparable",
            "rival", "rivals", "rivaling", "match", "matches", "matching", "as", "like", "against", "exceed",
            "exceeds", "exceeding", "similar", "relative", "baseline", "baselines", "including", "unlike", "between",
            // a source model is not the subject either: "distilled from X", "built upon X"
            "from", "upon", "based");

    /** Words that start a new clause: a comparison cue before them does not reach the mention. */
    private static final Set<String> CLAUSE = Set.of(";", ":", ".", "while", "whereas", "but", "which", "that");

    /** Words that set the numbers after them against the subject's ("outperforming even larger 32B models"). */
    private static final Set<String> RIVAL_CUES = Set.of(
            "outperform", "outperforms", "outperformed", "outperforming", "surpass", "surpasses", "surpassed",
            "surpassing", "beat", "beats", "beating", "than", "vs", "vs.", "versus", "compared", "comparable",
            "rival", "rivals", "rivaling", "exceed", "exceeds", "exceeding", "against");

    /** Cues that introduce examples, which may be a clause's subject: "models such as A and B achieve ...". */
    private static final Set<String> EXAMPLE_CUES = Set.of("as", "like", "including");

    /**
     * "Fine-tuned models such as ARABERT and MARBERT achieve F1-scores of 0.87 and 0.68": a result verb right
     * after the list of examples makes them what reached the numbers, not what the numbers are compared with.
     */
    private static boolean examplesAreTheSubject(EntityLocations where, Located l) {
        Sentence s = where.sentence(l.sentence());
        int i = l.last() + 1;
        while (i < s.tokens().length && (where.at(l.sentence(), i) != null || Words.is(s, i, "and", "or", ","))) {
            Located next = where.at(l.sentence(), i);
            i = next != null ? next.last() + 1 : i + 1;
        }
        return RelationWords.RESULT_VERBS.contains(Words.lower(s, i));
    }

    static boolean isCue(Sentence s, int i) {
        return CUES.contains(Words.lower(s, i));
    }


    static boolean isRivalCue(Sentence s, int i) {
        return RIVAL_CUES.contains(Words.lower(s, i)) && !amountApproximator(s, i);
    }

    /**
     * "a dataset containing more than 10k pairs": "more than" before a number bounds the amount; it
     * compares the number with nothing, so the number still belongs to the clause's subject. "less
     * than" is left a cue: it mostly sets a cost against a rival's ("less than 10% of the compute").
     */
    private static boolean amountApproximator(Sentence s, int i) {
        return Words.is(s, i, "than") && Words.is(s, i - 1, "more", "fewer")
                && Words.lower(s, i + 1).matches("[~\\d.,]*\\d.*");
    }

    /**
     * A comparison cue stands before the mention, with only its list or modifiers between ("such as
     * PaLM or Chinchilla", "than much larger models"). A comma followed by other words ends the search:
     * "As a highlight, Chinchilla ..." does not compare Chinchilla.
     */
    static boolean comparedObject(EntityLocations where, Located l) {
        Sentence s = where.sentence(l.sentence());
        boolean comma = false;
        for (int i = l.first() - 1; i >= 0 && i >= l.first() - 10; i--) {
            if (isCue(s, i) && !Words.is(s, i + 1, "scratch")) {
                return !(EXAMPLE_CUES.contains(Words.lower(s, i)) && examplesAreTheSubject(where, l));
            }
            if (where.at(l.sentence(), i) != null || Words.is(s, i, "and", "or")) {
                continue;
            }
            if (Words.is(s, i, ",")) {
                comma = true;
                continue;
            }
            boolean participle = Words.lower(s, i).endsWith("ed") && !Words.tag(s, i + 1).equals("ADP");
            if (comma || CLAUSE.contains(Words.lower(s, i)) || Words.verbal(s, i) && !participle) {
                return false;
            }
        }
        return false;
    }
}
