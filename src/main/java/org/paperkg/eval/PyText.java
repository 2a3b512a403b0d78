package org.paperkg.eval;

import java.util.Locale;

/**
 * Python string behaviour that score.py's norm() relies on. Java's own notions differ:
 * String.strip() and Character.isWhitespace() disagree with Python's str.isspace() on
 * e.g. U+00A0 and U+0085, and names pass through Python's str() before normalisation.
 */
final class PyText {

    private PyText() {
    }

    /** Python 3's {@code str.isspace()} (and regex {@code \s}) for one code point. */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp == 0x85 || cp == 0xa0
                || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** Python's {@code str.strip()} with no argument. */
    static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.codePointAt(from))) {
            from += Character.charCount(s.codePointAt(from));
        }
        while (to > from && isSpace(s.codePointBefore(to))) {
            to -= Character.charCount(s.codePointBefore(to));
        }
        return s.substring(from, to);
    }

    /**
     * score.py's norm() for a string: strip, lower-case, drop a leading "the" followed by
     * whitespace, keep only ASCII [0-9a-z]. Only lower-casing can turn a non-ASCII
     * character into a kept one (U+0130 and the Kelvin sign); Java's root-locale
     * lower-casing agrees with Python's on both.
     */
    static String norm(String s) {
        String t = strip(s).toLowerCase(Locale.ROOT);
        // The whitespace after "the" would be removed below anyway, so only "the" goes here.
        if (t.length() > 3 && t.startsWith("the") && isSpace(t.codePointAt(3))) {
            t = t.substring(3);
        }
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Python's {@code repr(str)}; only its letters and digits survive norm(), but all of them matter. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                b.append(String.format(Locale.ROOT, "\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                b.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                b.append(String.format(Locale.ROOT, "\\x%02x", cp));
            } else if (cp <= 0xffff) {
                b.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                b.append(String.format(Locale.ROOT, "\\U%08x", cp));
            }
        }
        return b.append(quote).toString();
    }

    /** Python's {@code str.isprintable()} for a non-ASCII code point (by Java's Unicode tables). */
    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
