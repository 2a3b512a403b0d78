package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.ingest.Paper;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.Sentence;

/** Everything extracted from one paper, with the analysed text its offsets point into. */
public record PaperFacts(Paper paper, AnalyzedText text, List<ExtractedEntity> entities,
                         List<ExtractedQuantity> quantities, List<ExtractedRelation> relations) {

    public PaperFacts {
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        relations = List.copyOf(relations);
    }

    public List<ExtractedEntity> entities(MentionType type) {
        List<ExtractedEntity> out = new ArrayList<>();
        for (ExtractedEntity e : entities) {
            if (e.type() == type) {
                out.add(e);
            }
        }
        return out;
    }

    public ExtractedEntity entity(String name) {
        for (ExtractedEntity e : entities) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The sentence around an offset, as text, for evidence records; the whole text if none. */
    public String sentenceAt(int offset) {
        Sentence s = text.sentenceAt(offset);
        return s == null ? text.text() : text.covered(s.start(), s.end());
    }
}
