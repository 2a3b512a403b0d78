package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Joins tokens that the general-English tokenizer splits inside ML names and numbers: "Qwen2.5",
 * "-", "Coder-32B" is one name, "7.7" "x" one factor. Pieces are joined only when no white space
 * separates them and the result still has the shape of a name or number.
 */
final class TokenRepair {
    private static final Pattern NAME_LIKE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-_/+×]*[\\p{L}\\p{N}+]|[\\p{L}\\p{N}]");
    private static final int MAX_TOKEN = 80;

    private TokenRepair() {}

    static Span[] mergeNameParts(String s, Span[] raw) {
        Span[] tokens = splitPossessives(s, raw);
        if (tokens.length < 2) {
            return tokens;
        }
        List<Span> out = new ArrayList<>(tokens.length);
        Span current = tokens[0];
        for (int i = 1; i < tokens.length; i++) {
            Span next = tokens[i];
            // "Qwen2.5" "-" "Coder-32B": a lone joiner between two adjacent pieces joins all three.
            if (i + 1 < tokens.length && next.length() == 1 && "-./_".indexOf(s.charAt(next.getStart())) >= 0
                    && current.getEnd() == next.getStart() && next.getEnd() == tokens[i + 1].getStart()
                    && tokens[i + 1].getEnd() - current.getStart() <= MAX_TOKEN
                    && NAME_LIKE.matcher(s.substring(current.getStart(), tokens[i + 1].getEnd())).matches()) {
                current = new Span(current.getStart(), tokens[i + 1].getEnd());
                i++;
                continue;
            }
            if (current.getEnd() == next.getStart() && next.getEnd() - current.getStart() <= MAX_TOKEN
                    && NAME_LIKE.matcher(s.substring(current.getStart(), next.getEnd())).matches()
                    && joinable(s, current, next)) {
                current = new Span(current.getStart(), next.getEnd());
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out.toArray(new Span[0]);
    }

    /** "OpenAI's" is the name "OpenAI" and the possessive "'s": names must not carry it. */
    private static Span[] splitPossessives(String s, Span[] tokens) {
        List<Span> out = new ArrayList<>(tokens.length + 4);
        for (Span t : tokens) {
            int len = t.getEnd() - t.getStart();
            if (len > 2 && s.charAt(t.getEnd() - 1) == 's'
                    && (s.charAt(t.getEnd() - 2) == '\'' || s.charAt(t.getEnd() - 2) == '\u2019')) {
                out.add(new Span(t.getStart(), t.getEnd() - 2));
                out.add(new Span(t.getEnd() - 2, t.getEnd()));
            } else {
                out.add(t);
            }
        }
        return out.toArray(new Span[0]);
    }

    /** A hyphen or dot at a token's edge joins only when a name continues on its other side. */
    private static boolean joinable(String s, Span left, Span right) {
        char last = s.charAt(left.getEnd() - 1);
        char first = s.charAt(right.getStart());
        if (last == '.' && right.getEnd() == s.length()) {
            return false;
        }
        return Character.isLetterOrDigit(last) || Character.isLetterOrDigit(first) || last == '-' || first == '-'
                || last == '.' || first == '.';
    }
}
