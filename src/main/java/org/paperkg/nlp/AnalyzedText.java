package org.paperkg.nlp;

import java.util.List;

/**
 * A text split into sentences and tokens with parts of speech, and the abbreviations it defines
 * ("Retrieval-Enhanced Transformer (RETRO)"). Mention finders read this; the text is kept whole so
 * that offsets stay valid. The definitions are read once here because three stages need them (the
 * candidate features, list propagation and the entity assembler).
 */
public record AnalyzedText(String text, List<Sentence> sentences, List<Abbreviations.Definition> abbreviations) {

    public AnalyzedText(String text, List<Sentence> sentences) {
        this(text, sentences, List.copyOf(Abbreviations.find(text)));
    }

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
