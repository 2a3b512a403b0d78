package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.paperkg.nlp.NameKey;
import org.junit.jupiter.api.Test;

class TitleShortNamesTest {

    @Test
    void aTitlesShortNameOfTheNewDatasetIsAnAliasOfItsFullName() {
        PaperFacts f = WrittenAbstracts.extract("CausalQA: A Benchmark for Causal Question Answering",
                "We construct Webis-CausalQA-22, a benchmark corpus of 1.1 million causal questions with answers. "
                        + "As an initial baseline, the state-of-the-art QA model UnifiedQA achieves a ROUGE-L F1 score "
                        + "of 0.48 on our new benchmark.");
        List<ExtractedEntity> data = f.entities().stream().filter(e -> e.name().contains("CausalQA")).toList();
        assertEquals(1, data.size(), data::toString);
        assertEquals("Webis-CausalQA-22", data.get(0).name());
        assertTrue(data.get(0).aliases().contains("CausalQA"), data::toString);
        // now the paper has one benchmark, the result is on it
        assertTrue(f.relations().stream().anyMatch(r -> r.subject().equals("UnifiedQA")
                && r.predicate().equals("evaluatedOn") && r.object().equals("Webis-CausalQA-22")), f.relations()::toString);
    }

    @Test
    void aContractionOfTheTitlesNameInTheAbstractIsTheSameDataset() {
        PaperFacts f = WrittenAbstracts.extract("ToolBeHonest: A Multi-level Hallucination Diagnostic Benchmark",
                "To address this challenge, we introduce a comprehensive diagnostic benchmark, ToolBH. We collected 700 "
                        + "evaluation samples. The current advanced models Gemini-1.5-Pro and GPT-4o only achieve total "
                        + "scores of 45.3 and 37.0, respectively, on a scale of 100.");
        List<ExtractedEntity> data = f.entities().stream().filter(e -> e.name().startsWith("Tool")).toList();
        assertEquals(1, data.size(), data::toString);
        assertTrue(data.get(0).isCalled(NameKey.of("ToolBH")) && data.get(0).isCalled(NameKey.of("ToolBeHonest")), data::toString);
        assertTrue(f.relations().stream().anyMatch(r -> r.subject().equals("GPT-4o")
                && r.predicate().equals("evaluatedOn") && data.get(0).isCalled(NameKey.of(r.object()))), f.relations()::toString);
    }

    @Test
    void aContractionKeepsEveryCapitalInOrder() {
        assertTrue(TitleShortNames.contraction("ToolBH", "ToolBeHonest"));
        assertFalse(TitleShortNames.contraction("XQA", "XQuAD-R"));
        assertFalse(TitleShortNames.contraction("ToolBH", "ToolBH"));
        assertTrue(TitleShortNames.contraction("TBH", "ToolBeHonest"));
    }

    @Test
    void onlyWholeHyphenSeparatedPartsCount() {
        assertTrue(TitleShortNames.partOfName("CausalQA", "Webis-CausalQA-22"));
        assertTrue(TitleShortNames.partOfName("MMLU", "MMLU-Pro"));
        assertFalse(TitleShortNames.partOfName("QA", "Webis-CausalQA-22"));
        assertFalse(TitleShortNames.partOfName("Causal", "Webis-CausalQA-22"));
        assertFalse(TitleShortNames.partOfName("MMLU", "MMLU"));
    }
}
