package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.ingest.Paper;

/** evaluatedOn from "experiments with A and B" in a paper that presents one dataset (sentences written for the test). */
class OwnDatasetExperimentsTest {


    private static PaperFacts factsOf(String title, String abstractText) {
        return WrittenAbstracts.extract(title, abstractText);
    }

    private static boolean has(PaperFacts f, String s, String p, String o) {
        return f.relations().stream().anyMatch(r -> r.subject().equals(s) && r.predicate().equals(p) && r.object().equals(o));
    }

    @Test
    void modelsOfTheExperimentsAreEvaluatedOnTheNewDataset() {
        PaperFacts f = factsOf("Stance-IT: An Italian Corpus for Stance Detection",
                "We present Stance-IT, a new corpus of Italian social media posts annotated for stance. "
                        + "Classification experiments were carried out with mBERT and XLM-R, obtaining good results "
                        + "on stance detection.");
        assertTrue(has(f, "mBERT", "evaluatedOn", "Stance-IT"), f.relations()::toString);
        assertTrue(has(f, "XLM-R", "evaluatedOn", "Stance-IT"), f.relations()::toString);
    }

    @Test
    void modelsOfEvaluationsOnARangeOfModelsAreEvaluatedOnTheNewBenchmark() {
        PaperFacts f = factsOf("LogiTest: Towards Evaluating Multi-Step Reasoning of Large Language Models",
                "To address these limitations, we propose LogiTest, a comprehensive evaluation benchmark for multi-step "
                        + "logical reasoning. Leveraging this dataset, we conduct evaluations on a range of LLMs such as "
                        + "GPT-4, ChatGPT and Gemini-Pro, employing zero-shot chain-of-thought.");
        for (String model : List.of("GPT-4", "ChatGPT", "Gemini-Pro")) {
            assertTrue(has(f, model, "evaluatedOn", "LogiTest"), f.relations()::toString);
        }
    }

    @Test
    void experimentsOnAnotherNamedDatasetAreNotOnTheNewOne() {
        PaperFacts f = factsOf("Stance-IT: An Italian Corpus for Stance Detection",
                "We present Stance-IT, a new corpus of Italian social media posts annotated for stance. "
                        + "We also report experiments on SemEval-2016 with mBERT and XLM-R, obtaining good results "
                        + "on stance detection.");
        List<String> names = f.entities().stream().map(ExtractedEntity::name).toList();
        assertTrue(names.containsAll(List.of("mBERT", "XLM-R", "Stance-IT")), names::toString);
        assertFalse(has(f, "mBERT", "evaluatedOn", "Stance-IT"), f.relations()::toString);
        assertFalse(has(f, "XLM-R", "evaluatedOn", "Stance-IT"), f.relations()::toString);
    }
}
