package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model's result number becomes its score on the benchmark the sentence or the paper names, and differences
 * and shares do not, on abstracts written for the test.
 */
class ResultScoresTest {

    private static List<String> scoredEvaluations(PaperFacts f) {
        return f.relations().stream().filter(r -> r.predicate().equals("evaluatedOn") && r.score() != null)
                .map(r -> r.subject() + " on " + r.object() + " " + r.score()).toList();
    }

    @Test
    void resultsInASentenceThatNamesNoDataAreOnThePapersOwnDataset() {
        PaperFacts f = WrittenAbstracts.extract("KoreLex: Detecting Sarcasm in Korean Reviews",
                "Sarcasm is hard to detect in product reviews. We create the KoreLex dataset by collecting 12,000 reviews "
                        + "and labelling them by hand. Then we test 20 different transformer models on our KoreLex dataset. "
                        + "We find that the best-performing model is KoBERT with accuracy, precision and F1 values of 91.2%, "
                        + "88.7% and 88.1%.");
        assertEquals(List.of("KoBERT on KoreLex 91.2", "KoBERT on KoreLex 88.7", "KoBERT on KoreLex 88.1"),
                scoredEvaluations(f).stream().filter(r -> r.startsWith("KoBERT")).toList());
        for (String number : List.of("91.2%", "88.7%", "88.1%")) {
            assertEquals("score", WrittenAbstracts.quantity(f, number).property(), number);
        }
    }

    @Test
    void resultsInASentenceThatNamesOneDatasetAreOnIt() {
        PaperFacts f = WrittenAbstracts.extract("Relational attention for image captioning",
                "We propose ParsNet, a captioning model that attends to relations between objects. "
                        + "Notably, ParsNet achieves new 29.1% and 57.4% performance in terms of BLEU-4 and CIDEr on the Flickr30k dataset.");
        assertEquals(List.of("ParsNet on Flickr30k 29.1", "ParsNet on Flickr30k 57.4"), scoredEvaluations(f));
        assertEquals("score", WrittenAbstracts.quantity(f, "57.4%").property());
    }

    @Test
    void differencesAndSharesAreNotScores() {
        PaperFacts f = WrittenAbstracts.extract("Geometry solving with a unified transformer",
                "We propose Geoformer for geometry problems. We also show that Geoformer is able to achieve near-equal "
                        + "performance with 2% data of UniGeo. Our best model, Geoformer-L, outperforms GPT-4o with 18.5% "
                        + "and 13.1% average relative improvements on UniGeo.");
        for (String number : List.of("2%", "18.5%", "13.1%")) {
            ExtractedQuantity q = WrittenAbstracts.quantity(f, number);
            assertNotNull(q.subject(), number + " is tied to a model, so the rule reads it"); // else this test checks nothing
            assertNotEquals("score", q.property(), q::toString);
        }
        assertEquals(List.of(), scoredEvaluations(f));
    }

    @Test
    void aDatasetTheSentenceTrainsOnIsNotTheBenchmark() {
        PaperFacts f = WrittenAbstracts.extract("Hate speech detection in Nepali tweets",
                "We study hate speech in Nepali. The multilingual RoBERTa model, trained on the NepTweets dataset, achieved an "
                        + "accuracy of 93.5% on language identification.");
        assertEquals("RoBERTa", WrittenAbstracts.quantity(f, "93.5%").subject());
        assertEquals(List.of(), scoredEvaluations(f)); // a test split the abstract does not name
    }

    @Test
    void aScoredResultOnTheDataTheModelWasFineTunedOnIsKept() {
        // a model is not evaluated on its training data, unless a number says it was: the result is on the test split
        PaperFacts f = WrittenAbstracts.extract("KoreLex: A Novel Dataset for Korean Sarcasm Classification",
                "We introduce KoreLex, a dataset of 10,000 Korean comments labelled for sarcasm. We fine-tune KoBERT on "
                        + "KoreLex. KoBERT achieves accuracy of 79.1% and 74.1% for binary and multiclass classification.");
        assertTrue(f.relations().stream().anyMatch(r -> r.predicate().equals("trainedOn") && r.subject().equals("KoBERT")),
                f.relations()::toString);
        assertEquals(List.of("KoBERT on KoreLex 79.1", "KoBERT on KoreLex 74.1"), scoredEvaluations(f));
    }

    @Test
    void aNumberReadOnSomethingElseIsNotAScoreOnTheNamedDataset() {
        PaperFacts f = WrittenAbstracts.extract("Active reading for domain experts",
                "We propose Active Reading. Our WikiExpert-8B model achieves 66% on a Wikipedia-grounded subset of "
                        + "simple factual questions and 26% on FinanceBench.");
        assertEquals("WikiExpert-8B", WrittenAbstracts.quantity(f, "66%").subject());
        assertTrue(scoredEvaluations(f).stream().noneMatch(r -> r.endsWith(" 66.0")), scoredEvaluations(f)::toString);
    }
}
