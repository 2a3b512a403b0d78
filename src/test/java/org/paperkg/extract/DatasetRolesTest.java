package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.extract.TrainAbstracts.entity;
import static org.paperkg.extract.TrainAbstracts.facts;

import org.junit.jupiter.api.Test;

/** Benchmark or corpus, as real abstracts of the training gold use each dataset. */
class DatasetRolesTest {

    @Test
    void metricsListedAfterSuchAsAreBenchmarks() {
        // "outperforms GPT-4 in terms of general metrics such as MMLU, GSM8K, MATH, BBH, GPQA, and HumanEval"
        PaperFacts f = facts("train-012");
        assertTrue(entity(f, "MMLU").benchmark());
        assertTrue(entity(f, "BBH").benchmark());
        assertTrue(entity(f, "HumanEval").benchmark());
    }

    @Test
    void scoresOnANameMakeItABenchmark() {
        // "93.4 on AIME-2025, 86.72 on HMMT-2025, 2088 on CodeForces"
        PaperFacts f = facts("train-001");
        assertTrue(entity(f, "AIME-2025").benchmark());
        assertTrue(entity(f, "CodeForces").benchmark());
    }

    @Test
    void aCorpusTheModelsAreTrainedOnIsNotABenchmark() {
        // "we release Dolma, a three trillion tokens English corpus"
        assertFalse(entity(facts("train-002"), "Dolma").benchmark());
        // "we are able to obtain five trillion tokens from CommonCrawl"; "our RefinedWeb dataset"
        PaperFacts refinedWeb = facts("train-022");
        assertFalse(entity(refinedWeb, "RefinedWeb").benchmark());
        assertFalse(entity(refinedWeb, "CommonCrawl").benchmark());
    }

    @Test
    void appositionCallingItABenchmarkDecides() {
        // "state-of-the-art performance on BigCodeBench, a coding benchmark focusing on ..."
        assertTrue(entity(facts("train-024"), "BigCodeBench").benchmark());
    }

    @Test
    void aNameEndingInBenchmarkIsABenchmarkThoughThePaperBuiltIt() {
        // an introduced dataset without evidence is a corpus, but the name says what it is for
        PaperFacts f = WrittenAbstracts.extract("Saudi-Alignment Benchmark: Assessing LLMs",
                "This study introduces the Saudi-Alignment Benchmark. It consists of 874 manually curated questions.");
        assertTrue(entity(f, "Saudi-Alignment Benchmark").benchmark());
    }
}
