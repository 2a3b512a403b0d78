package org.paperkg.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes well-formed XML (the page is XHTML-compatible HTML5, the diagram is SVG). Every text and
 * attribute value goes through {@link #escape}, so a label or comment holding markup such as
 * {@code <script>} ends up as text, never as a tag. Element nesting is checked as it is written.
 */
final class OntologyXmlWriter {
    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    /** Verbatim text: only for fixed markup such as the doctype, never for ontology content. */
    OntologyXmlWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Opens an element; {@code attributes} are name, value pairs (a null value leaves the attribute out). */
    OntologyXmlWriter open(String name, String... attributes) {
        startTag(name, attributes);
        out.append('>');
        open.push(name);
        return this;
    }

    OntologyXmlWriter close(String name) {
        String top = open.pop();
        if (!top.equals(name)) {
            throw new IllegalStateException("closing <" + name + "> while <" + top + "> is open");
        }
        out.append("</").append(name).append('>');
        return this;
    }

    /** An element with text content only. */
    OntologyXmlWriter element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close(name);
    }

    /** An element without content, written as {@code <x/>} (valid in both HTML5 void elements and XML). */
    OntologyXmlWriter empty(String name, String... attributes) {
        startTag(name, attributes);
        out.append("/>");
        return this;
    }

    OntologyXmlWriter text(String text) {
        out.append(escape(text));
        return this;
    }

    OntologyXmlWriter newline() {
        out.append('\n');
        return this;
    }

    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void startTag(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    /**
     * Escapes the five XML special characters and drops characters XML 1.0 forbids (control
     * characters, unpaired surrogates), which a Turtle string may legally contain as \\u escapes.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (allowed(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
