package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The shared scan of the finders that read a model's name inside one hyphenated token ("DeBERTa-based",
 * "Tamil-BERT"): no candidate covers such a name, because the token is one word. Each token is asked
 * once; a subclass says how much of it, from its start, names a model.
 */
abstract class HyphenatedNameFinder implements MentionFinder {
    /** The names other papers gave, by type: what says a part of the token is a model. */
    protected final NameDictionary dictionary;

    HyphenatedNameFinder(NameDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The length of the model's name at the start of {@code word}, or -1 when the token names none. */
    abstract int nameLength(String word);

    @Override
    public final List<Mention> find(AnalyzedText text) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                int length = nameLength(s.words()[i]);
                if (length > 0) {
                    int start = s.tokens()[i].getStart();
                    out.add(new Mention(start, start + length, MentionType.MODEL, 0.7, name()));
                }
            }
        }
        return out;
    }
}
