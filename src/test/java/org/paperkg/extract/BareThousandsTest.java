package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.paperkg.ingest.Paper;

/** A bare thousands number ("100K") is a length or nothing, never a training budget (sentences written for the test). */
class BareThousandsTest {

    private static ExtractedQuantity quantity(String abstractText, String text) {
        return WrittenAbstracts.quantity(WrittenAbstracts.extract("Summarising Podcasts", abstractText), text);
    }

    @Test
    void aBareThousandsNumberInATrainingSentenceIsNoTrainingBudget() {
        ExtractedQuantity q = quantity("We use pre-trained models, BART and T5, to fine-tune on a dataset of "
                + "Spotify\u2019s 100K podcast.", "100K");
        // the count is the podcast dataset's, which has no name: no property of either model
        assertEquals(null, q.property());
    }

    @Test
    void aBudgetWrittenWithItsNounIsTheModelsTrainingTokens() {
        ExtractedQuantity q = quantity("We use pre-trained models, BART and T5, and fine-tune BART on 100K tokens.",
                "100K tokens");
        assertEquals("BART", q.subject());
        assertEquals("trainingTokens", q.property());
    }

    @Test
    void aBareThousandsNumberAfterAModelIsStillItsContextWindow() {
        ExtractedQuantity q = quantity("We compare with GPT-4 Turbo (128K) on long documents.", "128K");
        assertEquals("GPT-4 Turbo", q.subject());
        assertEquals("contextLength", q.property());
    }
}
