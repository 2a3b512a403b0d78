package org.paperkg.ingest;

/** Whitespace and control characters as inputs deliver them, made into one clean line. */
public final class TextCleaner {
    private TextCleaner() {}

    /** Collapses runs of white space (newlines included) to one space and drops control characters. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = sb.length() > 0;
            } else if (Character.isISOControl(c) || c == '\ufeff' || c == '\ufffe' || c == '\uffff') {
                // dropped: control characters and stray byte-order marks are never content
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static boolean isBlank(String s) {
        return s == null || clean(s).isEmpty();
    }
}
