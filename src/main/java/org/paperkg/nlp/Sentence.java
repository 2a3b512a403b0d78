package org.paperkg.nlp;

import java.util.function.Function;
import opennlp.tools.util.Span;

/**
 * One sentence of an analysed text. Offsets of the sentence and of its tokens are character offsets
 * into the whole text, so that every mention found later points back into the abstract as written.
 *
 * <p>Part-of-speech tags (Universal Dependencies tag set, one per token) are computed when first asked
 * for: only sentences with a candidate name or a rule to apply need them, and on a corpus such as the
 * ACL Anthology most sentences have neither, so tagging every sentence was a fifth of the extractor's
 * time. A sentence belongs to the thread that analysed it, like the rest of an extraction.
 */
public final class Sentence {
    private final int start;
    private final int end;
    private final Span[] tokens;
    private final String[] words;
    private Function<String[], String[]> tagger;
    private String[] tags;

    /**
     * @param start  offset of the first character
     * @param end    offset after the last character
     * @param tokens token spans, in text offsets
     * @param words  the token strings
     * @param tagger tags the words when the tags are first asked for
     */
    public Sentence(int start, int end, Span[] tokens, String[] words, Function<String[], String[]> tagger) {
        this.start = start;
        this.end = end;
        this.tokens = tokens;
        this.words = words;
        this.tagger = tagger;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public Span[] tokens() {
        return tokens;
    }

    public String[] words() {
        return words;
    }

    /** The part-of-speech tags, one per token. */
    public String[] tags() {
        if (tags == null) {
            tags = words.length == 0 ? new String[0] : tagger.apply(words);
            tagger = null;
        }
        return tags;
    }

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
