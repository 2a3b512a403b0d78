package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Undoes sentence breaks that the general-English model makes in scientific prose: after "e.g.",
 * "i.e.", "et al.", "vs." and inside numbers such as "7.7x", where the next piece starts in lower case,
 * and inside a bracketed list of versioned names.
 */
final class SentenceRepair {
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?:\\b(?:e\\.g|i\\.e|et al|etc|vs|cf|approx|resp|Fig|Eq|Sec|Tab|No|incl)\\.?|\\d)\\s*$");

    private SentenceRepair() {}

    static Span[] repair(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        Span current = spans[0];
        for (int i = 1; i < spans.length; i++) {
            Span next = spans[i];
            if (shouldJoin(text, current, next)) {
                current = new Span(current.getStart(), next.getEnd());
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out.toArray(new Span[0]);
    }

    private static boolean shouldJoin(String text, Span left, Span right) {
        String l = text.substring(left.getStart(), left.getEnd());
        char first = text.charAt(right.getStart());
        if (Character.isLowerCase(first) || first == ')' || first == ',' || first == ';') {
            return true;
        }
        // "(GPT-3.5, GPT-4o, LLaMA-3)": the model breaks after the period inside "3.5", leaving a "sentence"
        // that ends on a comma or inside an open bracket; a real sentence ends on its own punctuation.
        String end = l.strip();
        char last = end.isEmpty() ? '.' : end.charAt(end.length() - 1);
        if (last == ',' || last == ';' || last == '(' || unclosedBracket(end) && last != '.' && last != '?' && last != '!') {
            return true;
        }
        // "(e.g." / "i.e." followed by a capitalised name is still the same sentence.
        return ABBREVIATION_END.matcher(l).find() && !l.endsWith(".\"") && !endsLikeSentence(l);
    }

    private static boolean unclosedBracket(String l) {
        int depth = 0;
        for (int k = 0; k < l.length(); k++) {
            char c = l.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static boolean endsLikeSentence(String l) {
        // A sentence ending in a number and a full stop ("... of 63.2%.") is a real end.
        return l.matches("(?s).*\\d[%)]?\\.$") || l.matches("(?s).*[a-z]{3,}\\.$") && !l.matches("(?s).*\\b(?:al|etc|vs|cf)\\.$");
    }
}
