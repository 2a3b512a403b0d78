package org.paperkg.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whitespace, control characters and HTML entities as inputs deliver them, made into one clean line. */
public final class TextCleaner {
    private TextCleaner() {}

    /** The entities scraped pages leave in titles and abstracts; any other {@code &name;} stays as written. */
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ", "ndash", "\u2013", "mdash", "\u2014");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-z]{2,6}));");

    /**
     * Decodes HTML entities, collapses runs of white space (newlines included) to one space, and drops
     * control characters, stray byte-order marks and unpaired surrogates (which no UTF-8 output can carry:
     * they would turn into {@code ?} in the graph).
     */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        if (s.indexOf('&') >= 0) {
            s = decodeEntities(s);
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = sb.length() > 0;
            } else if (Character.isISOControl(c) || c == '\ufeff' || c == '\ufffe' || c == '\uffff') {
                // dropped: control characters and stray byte-order marks are never content
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (space) {
                        sb.append(' ');
                        space = false;
                    }
                    sb.append(c).append(s.charAt(++i));
                }
                // an unpaired surrogate is dropped
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

    /** One pass, so {@code &amp;lt;} becomes {@code &lt;}, as the page showed it. Impossible code points stay as written. */
    static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String replacement = m.group();
            if (m.group(3) != null) {
                replacement = NAMED.getOrDefault(m.group(3), replacement);
            } else {
                int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                if (cp > 0 && cp <= Character.MAX_CODE_POINT && !(cp >= 0xd800 && cp <= 0xdfff)) {
                    replacement = new String(Character.toChars(cp));
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public static boolean isBlank(String s) {
        return s == null || clean(s).isEmpty();
    }
}
