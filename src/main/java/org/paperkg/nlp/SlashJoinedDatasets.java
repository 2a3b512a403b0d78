package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * "the CNN/DailyMail benchmark": TokenRepair splits names joined by a slash, because such a token is
 * mostly a list of models ("GPT-3.5/ChatGPT"). When only one side is found, and as a dataset, the other
 * side was dropped on its own (a "CNN" alone is an architecture) and the token is one dataset's name.
 * Extends such a dataset over the capitalised word glued to it by the slash.
 */
public final class SlashJoinedDatasets implements MentionFinder {
    private final MentionFinder inner;

    public SlashJoinedDatasets(MentionFinder inner) {
        this.inner = inner;
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<Mention> found = inner.find(text);
        List<Mention> out = new ArrayList<>(found.size());
        String s = text.text();
        for (Mention m : found) {
            if (m.type() != MentionType.DATASET) {
                out.add(m);
                continue;
            }
            int start = m.start();
            int end = m.end();
            if (start > 1 && s.charAt(start - 1) == '/') {
                int w = wordStart(s, start - 1);
                if (w >= 0 && uncovered(found, w, start - 1)) {
                    start = w;
                }
            }
            if (end + 1 < s.length() && s.charAt(end) == '/') {
                int w = wordEnd(s, end + 1);
                if (w >= 0 && uncovered(found, end + 1, w)) {
                    end = w;
                }
            }
            out.add(start == m.start() && end == m.end() ? m
                    : new Mention(start, end, m.type(), m.confidence(), m.finder()));
        }
        return out;
    }

    /** The start of a capitalised word of two or more letters or digits that ends at {@code end}, or -1. */
    private static int wordStart(String s, int end) {
        int k = end;
        while (k > 0 && Character.isLetterOrDigit(s.charAt(k - 1))) {
            k--;
        }
        boolean boundary = k == 0 || Character.isWhitespace(s.charAt(k - 1)) || s.charAt(k - 1) == '(';
        return boundary && end - k >= 2 && Character.isUpperCase(s.charAt(k)) ? k : -1;
    }

    /** The end of a capitalised word of two or more letters or digits that starts at {@code start}, or -1. */
    private static int wordEnd(String s, int start) {
        int k = start;
        while (k < s.length() && Character.isLetterOrDigit(s.charAt(k))) {
            k++;
        }
        boolean boundary = k == s.length() || !(s.charAt(k) == '/' || s.charAt(k) == '-' || s.charAt(k) == '.'
                && k + 1 < s.length() && Character.isLetterOrDigit(s.charAt(k + 1)));
        return boundary && k - start >= 2 && Character.isUpperCase(s.charAt(start)) ? k : -1;
    }

    private static boolean uncovered(List<Mention> found, int start, int end) {
        return found.stream().noneMatch(x -> x.start() < end && start < x.end());
    }

    @Override
    public String name() {
        return inner.name();
    }
}
