package org.paperkg.extract;

import java.util.List;
import org.paperkg.ingest.Paper;
import org.paperkg.nlp.AnalyzedText;

/** Decides which entities the paper presents as its own contribution ("we introduce X"). */
final class IntroductionDetector {

    /** The entities with their {@code introduced} flag set. */
    List<ExtractedEntity> mark(Paper paper, AnalyzedText text, List<ExtractedEntity> entities) {
        return entities;
    }
}
