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

    /** Each model is evaluatedOn the dataset; the failure message lists the relations found. */
    private static void assertEvaluatedOn(PaperFacts f, String dataset, String... models) {
        for (String model : models) {
            assertTrue(has(f, model, "evaluatedOn", dataset), f.relations()::toString);
        }
    }

    /** In a paper whose only data is its own corpus, the models we evaluate are evaluated on it; not so once other data is named. */
    @Test
    void whatWeEvaluateInAPaperWithOnlyItsOwnCorpusIsEvaluatedOnIt() {
        PaperFacts f = factsOf("Sentiment for Zorbic social media",
                "We introduce ZorbMix, a 12,224-texts corpus collected from Telegram channels. We benchmark RoBERTa, "
                        + "GPT-4o and mBERT.");
        assertEvaluatedOn(f, "ZorbMix", "RoBERTa", "GPT-4o", "mBERT");
        PaperFacts other = factsOf("Sentiment for Zorbic social media",
                "We introduce ZorbMix, a 12,224-texts corpus collected from Telegram channels, and reuse the SST-2 corpus. "
                        + "We benchmark ZorbBERT, GPT-4o and mBERT.");
        assertFalse(has(other, "GPT-4o", "evaluatedOn", "ZorbMix"), other.relations()::toString);
    }

    @Test
    void aCorpusThatIsBenchmarkedCarriesTheScoresOfTheNextSentences() {
        PaperFacts f = factsOf("ZorbSumm: Question Summarization for Zorbic",
                "We present ZorbSumm, a corpus of 2,350 question-summary pairs in Zorbic. It is benchmarked on "
                        + "state-of-the-art text generation models, with the best-performing model, ZorbT5, achieving a "
                        + "ROUGE-L score of 48.35%.");
        assertTrue(f.relations().stream().anyMatch(r -> r.subject().equals("ZorbT5") && r.predicate().equals("evaluatedOn")
                && r.object().equals("ZorbSumm") && Double.valueOf(48.35).equals(r.score())), f.relations()::toString);
        // a corpus the paper tests is no benchmark when the test is of the corpus itself ("we test our corpus")
        PaperFacts tested = factsOf("ZorbCorp: A Corpus for Zorbic",
                "We present ZorbCorp, a corpus of 2,350 Zorbic news articles. We furthermore test our corpus with the "
                        + "ZorbBERT model, achieving 74% F1 on tagging.");
        assertFalse(tested.relations().stream().anyMatch(r -> r.score() != null), tested.relations()::toString);
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
        assertEvaluatedOn(f, "LogiTest", "GPT-4", "ChatGPT", "Gemini-Pro");
    }

    @Test
    void aBenchmarkNamedOnlyInTheTitleIsWhereTheComparedModelsAreEvaluated() {
        // the abstract says only "a benchmark"; the title's "SloGuard: Benchmarking ..." names it
        PaperFacts f = factsOf("SloGuard: Benchmarking Language Model Safety for Slovene",
                "We present a benchmark for evaluating the safety of language models in Slovene. We evaluate several "
                        + "models, including Llama-Guard-3-8B, SloBERTa and Gemma-2-9B, and find that all of them "
                        + "struggle with perturbed prompts.");
        assertTrue(f.entities().stream().anyMatch(e -> e.name().equals("SloGuard") && e.type().tag().equals("dataset")),
                f.entities()::toString);
        assertEvaluatedOn(f, "SloGuard", "Llama-Guard-3-8B", "SloBERTa", "Gemma-2-9B");
    }

    @Test
    void theModelsWhosePerformanceIsDiscussedAreEvaluatedOnTheNewDataset() {
        PaperFacts f = factsOf("HopSet: A Diagnostic Dataset for Temporal Reasoning",
                "This paper presents HopSet, a programmatically generated dataset for event ordering. Even simple "
                        + "instances prove hard for language models. We discuss the performance of DeBERTa-v3, "
                        + "Qwen2-72B and Claude-3-Haiku.");
        assertEvaluatedOn(f, "HopSet", "DeBERTa-v3", "Qwen2-72B", "Claude-3-Haiku");
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

    @Test
    void aModelsScoresInALaterSentenceAreItsResultsOnTheNewBenchmark() {
        PaperFacts f = factsOf("I Could've Asked That: Reformulating Unanswerable Questions",
                "We curate CouldAsk, an evaluation benchmark composed of existing and new datasets for document-grounded "
                        + "question answering. We evaluate state-of-the-art open-source and proprietary LLMs on CouldAsk. "
                        + "The results demonstrate the limited capabilities of these models in reformulating questions. "
                        + "Specifically, GPT-4 and Llama2-7B successfully reformulate questions only 26% and 12% of the "
                        + "time, respectively.");
        assertTrue(f.relations().stream().anyMatch(r -> r.subject().equals("GPT-4") && r.object().equals("CouldAsk")
                && r.predicate().equals("evaluatedOn") && Double.valueOf(26).equals(r.score())), f.relations()::toString);
        assertTrue(f.relations().stream().anyMatch(r -> r.subject().equals("Llama2-7B") && r.object().equals("CouldAsk")
                && Double.valueOf(12).equals(r.score())), f.relations()::toString);
        assertTrue(f.quantities().stream().anyMatch(q -> q.value() == 26 && "GPT-4".equals(q.subject())
                && "score".equals(q.property())), f.quantities()::toString);
    }

    @Test
    void aModelsNumberOnAPretrainingCorpusIsNoResultOnIt() {
        PaperFacts f = factsOf("Essential-Web v1.0: 24T tokens of organized web data",
                "We present Essential-Web v1.0, a 24-trillion-token dataset in which every document is annotated with "
                        + "a twelve-category taxonomy. Taxonomy labels are produced by EAI-Distill-0.5b, a fine-tuned "
                        + "0.5b-parameter model that achieves an annotator agreement within 3% of Qwen2.5-32B-Instruct.");
        assertTrue(f.entities().stream().anyMatch(e -> e.name().equals("EAI-Distill-0.5b")), f.entities()::toString);
        assertFalse(has(f, "EAI-Distill-0.5b", "evaluatedOn", "Essential-Web v1.0"), f.relations()::toString);
    }
}
