package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations the text defines, "Retrieval-Enhanced Transformer (RETRO)", found with the
 * Schwartz–Hearst rule: the long form is the shortest run of preceding words, starting at a word
 * boundary, whose characters contain the short form's characters in order.
 */
public final class Abbreviations {

    /** A definition: long form at [longStart, longEnd), short form at [shortStart, shortEnd). */
    public record Definition(int longStart, int longEnd, int shortStart, int shortEnd) {}

    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()\\s][^()]{0,40}?)\\)");
    private static final int MAX_LONG_WORDS = 10;

    private Abbreviations() {}

    public static List<Definition> find(String text) {
        List<Definition> out = new ArrayList<>();
        Matcher m = PARENTHESIS.matcher(text);
        while (m.find()) {
            String inner = m.group(1).strip();
            int cut = inner.indexOf(';');
            if (cut < 0) {
                cut = inner.indexOf(',');
            }
            String shortForm = cut > 0 ? inner.substring(0, cut).strip() : inner;
            if (!isShortForm(shortForm)) {
                continue;
            }
            int shortStart = m.start(1) + inner.indexOf(shortForm);
            int longEnd = m.start();
            while (longEnd > 0 && text.charAt(longEnd - 1) == ' ') {
                longEnd--;
            }
            int longStart = longFormStart(text, longEnd, shortForm);
            if (longStart >= 0) {
                out.add(new Definition(longStart, longEnd, shortStart, shortStart + shortForm.length()));
            }
        }
        return out;
    }

    /** A short form has a letter first, 2 to 3 words at most, and is shorter than a long form would be. */
    private static boolean isShortForm(String s) {
        if (s.length() < 2 || s.length() > 30 || !Character.isLetter(s.charAt(0))) {
            return false;
        }
        if (s.split("\\s+").length > 2) {
            return false;
        }
        int upper = 0;
        for (char c : s.toCharArray()) {
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 1;
    }

    private static int longFormStart(String text, int longEnd, String shortForm) {
        int windowStart = longEnd;
        int words = 0;
        while (windowStart > 0 && words < Math.min(MAX_LONG_WORDS, shortForm.length() + 5)) {
            int p = windowStart - 1;
            while (p >= 0 && text.charAt(p) == ' ') {
                p--;
            }
            if (p < 0 || ".;:!?()[]\n".indexOf(text.charAt(p)) >= 0 || (text.charAt(p) == ',' )) {
                break;
            }
            while (p >= 0 && text.charAt(p) != ' ' && ".;:!?()[]\n,".indexOf(text.charAt(p)) < 0) {
                p--;
            }
            windowStart = p + 1;
            words++;
            int start = matchFrom(text, windowStart, longEnd, shortForm);
            if (start >= 0) {
                return start;
            }
        }
        return -1;
    }

    /** Schwartz–Hearst: match short-form characters right to left inside the candidate long form. */
    private static int matchFrom(String text, int from, int to, String shortForm) {
        String longForm = text.substring(from, to).toLowerCase();
        String sf = shortForm.toLowerCase();
        int s = sf.length() - 1;
        int l = longForm.length() - 1;
        while (s >= 0) {
            char c = sf.charAt(s);
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while (l >= 0 && (longForm.charAt(l) != c
                    || (s == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) {
                return -1;
            }
            l--;
            s--;
        }
        // The long form begins at the start of the word the first short-form letter matched in.
        return from + longForm.lastIndexOf(' ', l + 1) + 1;
    }
}
