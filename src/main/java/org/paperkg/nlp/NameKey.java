package org.paperkg.nlp;

import java.util.Locale;

/**
 * The normal form under which two surface forms name the same entity: lower case, a leading "the"
 * dropped, and everything but ASCII letters and digits removed, so {@code Llama-2} = {@code LLaMA 2}.
 * It is the reference scorer's rule, so that the graph merges exactly what the evaluation equates.
 */
public final class NameKey {
    private NameKey() {}

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String s = name.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("the ") || s.startsWith("the\t")) {
            s = s.substring(4).stripLeading();
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
