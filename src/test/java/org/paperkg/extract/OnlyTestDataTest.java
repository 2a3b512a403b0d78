package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * evaluatedOn in a paper that presents no data of its own and names one dataset only, as what it tests on: the
 * models it compares in other sentences are evaluated on that dataset (sentences written for the test, after
 * an ACL abstract on medical translation).
 */
class OnlyTestDataTest {

    private static boolean has(PaperFacts f, String s, String p, String o) {
        return f.relations().stream().anyMatch(r -> r.subject().equals(s) && r.predicate().equals(p) && r.object().equals(o));
    }

    private static final String COMPARED = "We compare three LLMs, ChatGPT4o, Llama-3-70B, and Mixtral-8x7B, in English "
            + "to Spanish translation of medical texts. ";

    @Test
    void theComparedModelsAreEvaluatedOnTheOneTestSet() {
        PaperFacts f = WrittenAbstracts.extract("An Evaluation of Medical Translation by Large Language Models",
                COMPARED + "The test set used in this study is MedlinePlus, a parallel dataset of health information. "
                        + "ChatGPT4o performed best in automated scoring.");
        for (String model : List.of("ChatGPT4o", "Llama-3-70B", "Mixtral-8x7B")) {
            assertTrue(has(f, model, "evaluatedOn", "MedlinePlus"), f.relations()::toString);
        }
    }

    @Test
    void aDatasetNamedOnlyAsASourceIsNotTheTestSet() {
        // Wikipedia is where the texts come from; nothing says anything was tested on it
        PaperFacts f = WrittenAbstracts.extract("An Evaluation of Medical Translation by Large Language Models",
                COMPARED + "The texts are health articles taken from Wikipedia. ChatGPT4o performed best in automated scoring.");
        List<String> names = f.entities().stream().map(ExtractedEntity::name).toList();
        assertTrue(names.containsAll(List.of("ChatGPT4o", "Llama-3-70B", "Wikipedia")), names::toString);
        assertFalse(f.relations().stream().anyMatch(r -> r.object().equals("Wikipedia")), f.relations()::toString);
    }

    @Test
    void dataSpokenOfInThePluralMayBeOtherTestSets() {
        // "on two other datasets" it does not name: the one it names need not be where the models were compared
        PaperFacts f = WrittenAbstracts.extract("An Evaluation of Medical Translation by Large Language Models",
                COMPARED + "The test set used in this study is MedlinePlus, a parallel dataset of health information, "
                        + "and we add results on two other datasets.");
        List<String> names = f.entities().stream().map(ExtractedEntity::name).toList();
        assertTrue(names.containsAll(List.of("Llama-3-70B", "MedlinePlus")), names::toString);
        assertFalse(has(f, "Llama-3-70B", "evaluatedOn", "MedlinePlus"), f.relations()::toString);
    }
}
