package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.paperkg.ingest.Paper;

/** Sizes of the datasets a paper presents, in sentences written for the test in the style of abstracts. */
class DatasetSizeAttachmentTest {


    private static PaperFacts factsOf(String title, String abstractText) {
        return WrittenAbstracts.extract(title, abstractText);
    }

    private static ExtractedQuantity quantity(PaperFacts f, String text) {
        return WrittenAbstracts.quantity(f, text);
    }

    private static void assertFact(ExtractedQuantity q, String subject, String property) {
        assertEquals(subject, q.subject(), q.text());
        assertEquals(property, q.property(), q.text());
    }

    @Test
    void moreThanBeforeASizeBoundsTheAmountAndComparesNothing() {
        PaperFacts f = factsOf("Spatial Reasoning in Vision and Language",
                "In this paper, we present VSR, a dataset containing more than 10k natural text-image pairs.");
        assertFact(quantity(f, "10k natural text-image pairs"), "VSR", "datasetSize");
    }

    @Test
    void aComparativeOtherThanMoreStillComparesWithOtherModels() {
        // "better than 7B models": the size is the rivals', not FooNet's
        PaperFacts f = factsOf("FooNet", "We present FooNet, a model that is better than 7B models.");
        assertFact(quantity(f, "7B models"), null, null);
    }

    @Test
    void aRelativeClauseOnTheAppositionsArtefactNounDescribesTheName() {
        PaperFacts f = factsOf("Knowledge Graph Completion",
                "As part of our contributions, we also introduce WikiKGE10++, the largest manually-curated benchmark "
                        + "for textual information completion of KGs, which features over 25,000 entities across 10 "
                        + "diverse languages.");
        assertFact(quantity(f, "25,000 entities"), "WikiKGE10++", "datasetSize");
    }

    @Test
    void aRelativeClauseWithoutAnArtefactNounIsNoDescriptionOfTheName() {
        // the relative clause belongs to "a reproduction of earlier pipelines", not to WikiKGE10++ far to the left
        PaperFacts f = factsOf("WikiKGE10++: A Benchmark for Knowledge Graph Enhancement",
                "As part of our contributions, we also introduce WikiKGE10++, together with a reproduction of "
                        + "earlier pipelines for KGs, which covers over 25,000 entities.");
        assertFact(quantity(f, "25,000 entities"), null, null);
    }

    @Test
    void theSpeakersOfASpeechCorpusAreNotItsSize() {
        PaperFacts f = factsOf("Speech Chat",
                "We present Ke-SpeechChat, a large-scale synthetic speech interaction dataset consisting of 7 million "
                        + "Chinese and English conversations, featuring 42,002 speakers, and totaling over 60,000 hours.");
        assertFact(quantity(f, "7 million Chinese and English conversations"), "Ke-SpeechChat", "datasetSize");
        assertFact(quantity(f, "42,002 speakers"), "Ke-SpeechChat", null);
        assertFact(quantity(f, "60,000 hours"), "Ke-SpeechChat", "datasetSize");
    }

    @Test
    void aCountOfTheSizeADatasetIsNamedForIsThatDatasetsSize() {
        PaperFacts f = factsOf("LLaVA-o1: Let Vision Language Models Reason Step-by-Step",
                "To achieve this, we compile the LLaVA-o1-100k dataset, integrating samples from various visual "
                        + "question answering sources. Remarkably, with only 100k training samples and a simple method, "
                        + "LLaVA-o1 outperforms its base model.");
        assertFact(quantity(f, "100k training samples"), "LLaVA-o1-100k", "datasetSize");
    }

    @Test
    void aBareNumberOfThatSizeIsNotTiedToTheDatasetByItsName() {
        // "100k" alone has no written unit: it could be a context length or anything else
        PaperFacts f = factsOf("LLaVA-o1: Let Vision Language Models Reason Step-by-Step",
                "To achieve this, we compile the LLaVA-o1-100k dataset, integrating samples from various visual "
                        + "question answering sources. Remarkably, with only 100k and a simple method, LLaVA-o1 "
                        + "outperforms its base model.");
        ExtractedQuantity q = f.quantities().stream().filter(x -> x.text().equals("100k")).findFirst().orElse(null);
        assertNotNull(q, f.quantities()::toString);
        assertEquals(null, q.property(), q.text());
    }
}
