package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.Mention;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.Sentence;

/**
 * Where the paper's models and datasets are mentioned, as token ranges per sentence: the rules that
 * mark introductions, roles and quantity subjects all reason about what stands next to a mention.
 */
final class EntityLocations {

    /** One mention of a model or dataset: its sentence and its first and last token there. */
    record Located(ExtractedEntity entity, Mention mention, int sentence, int first, int last) {
        boolean isModel() {
            return entity.type() == MentionType.MODEL;
        }

        boolean isDataset() {
            return entity.type() == MentionType.DATASET;
        }
    }

    private final AnalyzedText text;
    private final List<List<Located>> bySentence = new ArrayList<>();

    EntityLocations(AnalyzedText text, List<ExtractedEntity> entities) {
        this.text = text;
        for (int i = 0; i < text.sentences().size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (ExtractedEntity e : entities) {
            if (e.type() == MentionType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int si = text.sentenceIndexAt(m.start());
                if (si < 0) {
                    continue;
                }
                Sentence s = text.sentences().get(si);
                int first = tokenFrom(s, m.start());
                int last = tokenUpTo(s, m.end());
                if (first >= 0 && last >= first) {
                    bySentence.get(si).add(new Located(e, m, si, first, last));
                }
            }
        }
        for (List<Located> list : bySentence) {
            list.sort(Comparator.comparingInt(Located::first));
        }
    }

    AnalyzedText text() {
        return text;
    }

    Sentence sentence(int index) {
        return text.sentences().get(index);
    }

    int sentenceCount() {
        return bySentence.size();
    }

    /** The mentions in one sentence, in text order. */
    List<Located> in(int sentence) {
        return sentence < 0 || sentence >= bySentence.size() ? List.of() : bySentence.get(sentence);
    }

    /** The mention covering a token, or null. */
    Located at(int sentence, int token) {
        for (Located l : in(sentence)) {
            if (l.first() <= token && token <= l.last()) {
                return l;
            }
        }
        return null;
    }

    /** The first token that starts at or after an offset (a mention may start inside a token). */
    static int tokenFrom(Sentence s, int offset) {
        int t = s.tokenAt(offset);
        if (t >= 0) {
            return t;
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.tokens()[i].getStart() >= offset) {
                return i;
            }
        }
        return -1;
    }

    /** The last token that starts before an end offset. */
    static int tokenUpTo(Sentence s, int end) {
        for (int i = s.size() - 1; i >= 0; i--) {
            if (s.tokens()[i].getStart() < end) {
                return i;
            }
        }
        return -1;
    }
}
