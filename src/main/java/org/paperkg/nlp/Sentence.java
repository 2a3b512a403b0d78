package org.paperkg.nlp;

import opennlp.tools.util.Span;

/**
 * One sentence of an analysed text. Offsets of the sentence and of its tokens are character offsets
 * into the whole text, so that every mention found later points back into the abstract as written.
 *
 * @param start  offset of the first character
 * @param end    offset after the last character
 * @param tokens token spans, in text offsets
 * @param words  the token strings
 * @param tags   part-of-speech tags (Universal Dependencies tag set), one per token
 */
public record Sentence(int start, int end, Span[] tokens, String[] words, String[] tags) {

    public int size() {
        return tokens.length;
    }

    /** The index of the token covering {@code offset}, or -1. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span t = tokens[mid];
            if (offset < t.getStart()) {
                hi = mid - 1;
            } else if (offset >= t.getEnd()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
