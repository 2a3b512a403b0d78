package org.paperkg.nlp;

import java.util.List;

/**
 * A text split into sentences and tokens with parts of speech. Mention finders read this; the text
 * is kept whole so that offsets stay valid.
 */
public record AnalyzedText(String text, List<Sentence> sentences) {

    public String covered(int start, int end) {
        return text.substring(start, end);
    }

    /** The sentence containing {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return null;
    }

    public int sentenceIndexAt(int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(offset)) {
                return i;
            }
        }
        return -1;
    }
}
