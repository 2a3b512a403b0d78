package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void metricAcronymsMatchInAnyCaseUnlessTheySpellAnEnglishWord() {
        for (String metric : new String[] {"bleu", "ROUGE-L", "rouge-l", "chrF++", "f1", "mIOU", "pass@1", "BERTScore"}) {
            assertTrue(Metrics.isAcronym(metric), metric);
        }
        for (String word : new String[] {"map", "em", "ter", "comet", "spice", "score", "model"}) {
            assertFalse(Metrics.isAcronym(word), word);
        }
        assertTrue(Metrics.isAcronym("MAP") && Metrics.isAcronymIgnoringCase("map"));
        assertFalse(Metrics.isAcronymIgnoringCase("model"));
    }

    @Test
    void theNGramOrderAfterBleuOrRougeIsPartOfTheMetric() {
        for (String metric : new String[] {"BLEU4", "BLEU-4", "ROUGE1", "ROUGE-2", "ROUGE-L", "F-1"}) {
            assertTrue(Metrics.isAcronym(metric), metric);
        }
        assertFalse(Metrics.isAcronym("BLEU-7B"));
    }

    @Test
    void coreferenceAndParsingScoresAreMetricsInCapitals() {
        for (String metric : new String[] {"MUC", "B3", "CEAF", "CEAFe", "BLANC", "LAS", "UAS", "UPOS", "MLAS"}) {
            assertTrue(Metrics.isAcronym(metric), metric);
        }
        // "MUC-6", the corpus, is kept by the filter's metric test (NonNameFilterTest); here only the case rule
        assertFalse(Metrics.isAcronym("las"));
    }
}
