package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.paperkg.ingest.Paper;

/** The size a named model is pruned or compressed to belongs to the new model (sentences written for the test). */
class ReducedModelSizeTest {

    private static ExtractedQuantity quantity(String abstractText, String text) {
        return WrittenAbstracts.quantity(WrittenAbstracts.extract("Structured Pruning of Language Models", abstractText), text);
    }

    @Test
    void theSizeAModelIsPrunedDownToIsTheNewSeriess() {
        ExtractedQuantity q = quantity("We demonstrate the efficacy of our approach by presenting the Sheared-LLaMA "
                + "series, pruning the LLaMA2-7B model down to 1.3B and 2.7B parameters.", "2.7B parameters");
        assertEquals("Sheared-LLaMA", q.subject());
        assertEquals("parameterCount", q.property());
    }

    @Test
    void aSizeStatedAfterTheSourceWithoutAReductionIsTheSources() {
        ExtractedQuantity q = quantity("We present the Sheared-LLaMA series, built on the LLaMA2-7B model with 7B "
                + "parameters.", "7B parameters");
        assertEquals("LLaMA2-7B", q.subject());
    }

    @Test
    void trainingANamedModelToABudgetIsNoReduction() {
        // "to" alone does not make the number another model's: the verb must reduce the named one
        ExtractedQuantity q = quantity("We present the Sheared-LLaMA series. We first train the LLaMA2-7B model to "
                + "2T tokens.", "2T tokens");
        assertEquals("LLaMA2-7B", q.subject());
        assertEquals("trainingTokens", q.property());
    }
}
