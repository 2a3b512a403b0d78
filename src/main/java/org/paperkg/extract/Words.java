package org.paperkg.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.nlp.Sentence;

/** Small token tests shared by the rules of this package; the tagger's POS tags are not trusted alone. */
final class Words {
    private Words() {}

    /**
     * Words that end the phrase a verb or an owner governs: a comparison, a source or a condition
     * starts there, and names after them are other works ("such as", "than", "trained on X").
     */
    static final Set<String> PHRASE_BREAKS = Set.of(
            "such", "than", "like", "compared", "versus", "vs", "vs.", "against", "from", "on", "using",
            "via", "with", "which", "that", "who", "whose", "where", "while", "whereas", "when", "because",
            "based", "over", "outperform", "outperforms", "outperforming", "surpass", "surpasses",
            "surpassing", "beat", "beats", "beating", "rival", "rivals", "matches", "match", "e.g.", "i.e.",
            "unlike", "relative", "including", "for", "similar", "previous", "prior", "predecessor", "predecessors",
            ";", ".");

    /** Participles that name what precedes them ("a datastore named MassiveDS"). */
    static final Pattern NAMING = Pattern.compile("named|called|dubbed|termed|coined|nicknamed|codenamed");

    /** Participles that make the name before them the maker of what follows: "GPT-4o generated pairs". */
    private static final Set<String> MADE_BY = Set.of("generated", "produced", "written", "created", "synthesized",
            "synthesised", "annotated", "labeled", "labelled", "translated", "authored");

    /** Whether token {@code k} (or "-" and the token after it, or "-generated" glued) is such a participle. */
    static boolean producedBy(Sentence s, int k) {
        String w = lower(s, k);
        return MADE_BY.contains(w) || w.equals("-") && MADE_BY.contains(lower(s, k + 1))
                || w.startsWith("-") && MADE_BY.contains(w.substring(1));
    }

    static String lower(Sentence s, int i) {
        return i < 0 || i >= s.size() ? "" : s.words()[i].toLowerCase(Locale.ROOT);
    }

    static String tag(Sentence s, int i) {
        return i < 0 || i >= s.size() ? "" : s.tags()[i];
    }

    /** Whether token i is a possessive ending split off its owner: "'s", "’s", or a bare apostrophe. */
    static boolean possessive(Sentence s, int i) {
        return is(s, i, "'s", "\u2019s", "'", "\u2019");
    }

    static boolean is(Sentence s, int i, String... words) {
        String w = lower(s, i);
        for (String x : words) {
            if (w.equals(x)) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(Sentence s, int i, Pattern p) {
        return i >= 0 && i < s.size() && p.matcher(lower(s, i)).matches();
    }

    /** A verb or auxiliary by tag: the tagger often calls "outperforms" a noun, so callers add word lists. */
    static boolean verbal(Sentence s, int i) {
        String t = tag(s, i);
        return t.equals("VERB") || t.equals("AUX");
    }

    /** Index of the first token in [from, to) whose lower-cased word is one of words, else -1. */
    static int find(Sentence s, int from, int to, Set<String> words) {
        for (int i = Math.max(0, from); i < Math.min(to, s.size()); i++) {
            if (words.contains(lower(s, i))) {
                return i;
            }
        }
        return -1;
    }
}
