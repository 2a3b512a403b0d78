package org.paperkg.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how wide a string renders, since SVG has no layout engine to ask. Per-character widths
 * approximate common sans-serif fonts and err on the wide side, so boxes and labels fit their text.
 */
final class DiagramText {
    private DiagramText() {}

    static double width(String s, double fontSize, boolean bold) {
        double em = 0;
        for (int i = 0; i < s.length(); i++) {
            em += charWidth(s.charAt(i));
        }
        return em * fontSize * (bold ? 1.08 : 1.0);
    }

    private static double charWidth(char c) {
        if ("iljI.,:;'|!".indexOf(c) >= 0) {
            return 0.3;
        }
        if ("ftr ()-[]".indexOf(c) >= 0) {
            return 0.38;
        }
        if ("mwMW@".indexOf(c) >= 0) {
            return 0.9;
        }
        if (Character.isUpperCase(c)) {
            return 0.7;
        }
        if (Character.isDigit(c)) {
            return 0.58;
        }
        return c < 0x80 ? 0.58 : 0.75;
    }

    /** Greedy word wrap to {@code maxWidth}; each line keeps its trailing space, so the lines join back to the text. */
    static List<String> wrap(String text, double fontSize, boolean bold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("(?<= )")) {
            if (line.length() > 0 && width((line + word).strip(), fontSize, bold) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text, or "…" and as much of its end as fits (the end of a CURIE or IRI is the telling part). */
    static String keepEnd(String text, double fontSize, double maxWidth) {
        if (width(text, fontSize, false) <= maxWidth) {
            return text;
        }
        int from = 0;
        while (from < text.length() - 1 && width("\u2026" + text.substring(from), fontSize, false) > maxWidth) {
            from++;
        }
        return "\u2026" + text.substring(from);
    }
}
