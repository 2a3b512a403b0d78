package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameCandidatesTest {
    /** The whole runs of name-shaped tokens. */
    private static List<String> runs(String title, String abstractText) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument(title, abstractText);
        return NameCandidates.find(t).stream().filter(c -> c.from() == c.runFrom() && c.to() == c.runTo())
                .map(c -> c.text(t)).toList();
    }

    private static List<String> all(String title, String abstractText) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument(title, abstractText);
        return NameCandidates.find(t).stream().map(c -> c.text(t)).toList();
    }

    @Test
    void aSizeBeforeANameIsNotPartOfIt() {
        List<String> runs = runs("A title", "With our method, the 2.7B OPT model surpasses the performance of 4.8B ST5.");
        assertTrue(runs.containsAll(List.of("OPT", "ST5")), runs.toString());
        assertFalse(runs.stream().anyMatch(r -> r.startsWith("2.7B") || r.startsWith("4.8B")),
                runs.toString());
    }

    @Test
    void aSizeBeforeAClosingBracketIsNoListMarker() {
        List<String> runs = runs("A title", "ZeRO can train large models of up to 13B parameters (e.g., larger than "
                + "Megatron GPT 8.3B and T5 11B) without model parallelism.");
        assertTrue(runs.contains("T5 11B"), runs.toString());
    }

    @Test
    void anAmpersandAfterASizeEndsTheName() {
        List<String> runs = runs("A title", "We release Flax-based T5X checkpoints for the UL2 20B & Flan-UL2 20B.");
        assertTrue(runs.containsAll(List.of("UL2 20B", "Flan-UL2 20B")), runs.toString());
    }

    @Test
    void aTechnicalReportTitleNamesItsArtefact() {
        List<String> all = all("Phi-3 Technical Report: A Highly Capable Language Model Locally on Your Phone",
                "We introduce phi-3-mini, a 3.8 billion parameter language model.");
        assertTrue(all.contains("Phi-3"), all.toString());
        assertFalse(all.contains("Phi-3 Technical Report"), all.toString());
    }

    @Test
    void aPercentageAfterANameIsNoVersion() {
        List<String> runs = runs("A title", "Human evaluators prefer Syndicom over ChatGPT 57% of the time.");
        assertTrue(runs.contains("ChatGPT"), runs.toString());
        assertFalse(runs.contains("ChatGPT 57"), runs.toString());
        // a version number stays part of the name
        assertTrue(runs("A title", "We compare against Claude 3 on the tasks.").contains("Claude 3"));
    }

    @Test
    void aSloganOrATaskBeforeATitlesColonIsNoName() {
        for (String title : new String[] {"Mitigating Biases to Embrace Diversity: A Comprehensive Benchmark",
                "Self-Rationalization in the Wild: A Large-scale Evaluation",
                "Cross-Domain Audio Deepfake Detection: Dataset and Analysis"}) {
            String head = title.substring(0, title.indexOf(':'));
            assertFalse(all(title, "We present a dataset.").contains(head), title);
        }
        // a name-shaped head, or a plain head with no slogan shape, still names the artefact
        assertTrue(all("CausalQA: A Benchmark for Causal Question Answering", "We present a dataset.").contains("CausalQA"));
        assertTrue(all("Belebele Reading Benchmark: a Parallel Dataset", "We present a dataset.")
                .contains("Belebele Reading Benchmark"));
    }

    @Test
    void aTitleHeadWithACommaAContractionOrASmallWordIsAPhraseEvenBesideAName() {
        for (String title : new String[] {"Linguistic Bias in ChatGPT: Language Models Reinforce Dialect Discrimination",
                "Ancient Wisdom, Modern Tools: Exploring Retrieval-Augmented LLMs",
                "It Ain’t Over: A Multi-aspect Diverse Math Word Problem Dataset"}) {
            String head = title.substring(0, title.indexOf(':'));
            List<String> all = all(title, "We present a dataset.");
            assertFalse(all.contains(head), title + " " + all);
        }
        // the name inside the phrase is still a candidate, and a possessive is no contraction
        assertTrue(all("Linguistic Bias in ChatGPT: Language Models Reinforce Dialect Discrimination", "We test it.")
                .contains("ChatGPT"));
        assertTrue(all("Humanity’s Last Exam: A Benchmark", "We present a dataset.").contains("Humanity’s Last Exam"));
    }
}
