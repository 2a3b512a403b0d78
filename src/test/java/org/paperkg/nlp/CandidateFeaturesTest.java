package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CandidateFeaturesTest {
    /** The first sentence of the abstract and the token index of {@code name} in it. */
    private record At(Sentence sentence, int token) {
        static At of(String abstractText, String name) {
            AnalyzedText t = TextAnalyzer.get().analyzeDocument("A title", abstractText);
            Sentence s = t.sentences().get(1);
            return new At(s, Arrays.asList(s.words()).indexOf(name));
        }
    }

    private static boolean compared(String abstractText, String name) {
        At at = At.of(abstractText, name);
        assertTrue(at.token() >= 0, name + " is a token");
        return CandidateFeatures.comparedWith(at.sentence(), at.token());
    }

    @Test
    void whatAComparisonMeasuresAgainstIsMarked() {
        assertTrue(compared("With one billion parameters, OpenELM exhibits a 2.36% improvement in accuracy "
                + "compared to OLMo while requiring fewer pre-training tokens.", "OLMo"));
        assertTrue(compared("The recipe produces encoders beating ModernBERT as an encoder on retrieval.", "ModernBERT"));
        assertTrue(compared("Our distilled model outperforms both DistilRoBERTa and TinyBERT by 4 points.", "DistilRoBERTa"));
        assertTrue(compared("It is 3 points better than Whisper on 54 languages.", "Whisper"));
    }

    @Test
    void otherPhrasesBeforeANameAreNoComparison() {
        assertFalse(compared("We continue pre-training on Dolma for 100B tokens.", "Dolma"));
        assertFalse(compared("The models were compared on MMLU and BBH.", "MMLU"));
        assertFalse(compared("We compare our models to the previous release and to OLMo.", "OLMo"));
    }

    @Test
    void compoundsTheTaggerTakesForNumbersAreNoCounts() {
        assertTrue(NumberTokens.isNumber("three", "NUM"));
        assertTrue(NumberTokens.isNumber("two-stage", "NUM"));
        assertTrue(NumberTokens.isNumber("iii", "NUM"));
        assertFalse(NumberTokens.isNumber("fine-tuning", "NUM"));
        assertFalse(NumberTokens.isNumber("low-resource", "NUM"));
        assertFalse(NumberTokens.isNumber("three", "NOUN"));
        // the tagger reads this "fine-tuning" as a number: the list it seemed to open hung from "dataset"
        At second = At.of("We compare fine-tuning Llama2 on the unfiltered dataset, and fine-tuning Llama2 on the "
                + "filtered dataset.", "Llama2");
        int k = java.util.Arrays.asList(second.sentence().words()).lastIndexOf("Llama2");
        assertEquals(null, CandidateFeatures.listKind(second.sentence(), k, k + 1));
    }

    @Test
    void aDefinitionIsWhatItsHeadNounSays() {
        // the verb after the head starts what the phrase says about the benchmark: the LLMs are featured in it
        At bench = At.of("We unveil Struc-Bench, a comprehensive benchmark featuring prominent LLMs like GPT-4.", "Struc-Bench");
        assertEquals("data", CandidateFeatures.definitionOf(bench.sentence(), 1, bench.token(), bench.token() + 1));
    }

    @Test
    void anArticleAfterADashDefinesTheNameButAClauseAfterItDoesNot() {
        At model = At.of("We present DocInfer - a novel, end-to-end Document-level Natural Language Inference model.", "DocInfer");
        assertEquals("model", CandidateFeatures.definitionOf(model.sentence(), 1, model.token(), model.token() + 1));
        At first = At.of("This paper introduces NorecNeg \u2013 the first annotated dataset of negation for Norwegian.", "NorecNeg");
        assertEquals("data", CandidateFeatures.definitionOf(first.sentence(), 1, first.token(), first.token() + 1));
        // the dash closes an aside; "our datasets" is the next clause's subject, not what Nynorsk is
        At aside = At.of("Covering Bokm\u00e5l and Nynorsk \u2013 our datasets comprise over 10k pairs.", "Nynorsk");
        assertEquals(null, CandidateFeatures.definitionOf(aside.sentence(), 1, aside.token(), aside.token() + 1));
        At bracket = At.of("We release CASN (the first corpus of annotated speech notes) today.", "CASN");
        assertEquals("data", CandidateFeatures.definitionOf(bracket.sentence(), 1, bracket.token(), bracket.token() + 1));
        At clause = At.of("Both differ from human scores for ELLs\u2014the traditional model shows larger gaps.", "ELLs");
        assertEquals(null, CandidateFeatures.definitionOf(clause.sentence(), 1, clause.token(), clause.token() + 1));
    }

    @Test
    void aQuestionAfterTheTitlesColonDefinesNothing() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument(
                "Struc-Bench: Are Large Language Models Good at Generating Complex Structured Tabular Data?", "We test it.");
        assertEquals(null, CandidateFeatures.definitionOf(t.sentences().get(0), 0, 0, 1));
        AnalyzedText defined = TextAnalyzer.get().analyzeDocument("Struc-Bench: A Benchmark for Tables", "We test it.");
        assertEquals("data", CandidateFeatures.definitionOf(defined.sentences().get(0), 0, 0, 1));
    }

    @Test
    void aNameWhoseTitleGoesOnToBenchmarkModelsIsTheBenchmark() {
        AnalyzedText bench = TextAnalyzer.get().analyzeDocument(
                "PolyGuard: Benchmarking Language Model Safety for Slovak", "We test it.");
        assertEquals("data", CandidateFeatures.definitionOf(bench.sentences().get(0), 0, 0, 1));
        AnalyzedText probe = TextAnalyzer.get().analyzeDocument(
                "TempoNLI: Probing the Temporal Reasoning Ability of Pre-trained Language Models", "We test it.");
        assertEquals("data", CandidateFeatures.definitionOf(probe.sentences().get(0), 0, 0, 1));
        // other gerunds name an activity or a method: "Training", "Evaluating" (often a metric: "CLAIR: Evaluating ...")
        AnalyzedText training = TextAnalyzer.get().analyzeDocument("Cramming: Training a Language Model on a Single GPU", "We test it.");
        assertEquals(null, CandidateFeatures.definitionOf(training.sentences().get(0), 0, 0, 1));
        AnalyzedText metric = TextAnalyzer.get().analyzeDocument("CLAIR: Evaluating Image Captions with Large Language Models", "We test it.");
        assertEquals(null, CandidateFeatures.definitionOf(metric.sentences().get(0), 0, 0, 1));
    }

    @Test
    void aDashAfterACountedListNounOpensTheList() {
        At counted = At.of("By training the model on three diverse datasets - SVAMP, GeoQA, and TableMWP, it wins.", "TableMWP");
        assertEquals("data", CandidateFeatures.listKind(counted.sentence(), counted.token(), counted.token() + 1));
        // without a count the dash may name something else: here the models trained on those datasets
        At uncounted = At.of("We compare general models (trained on diverse datasets - BERT, RoBERTa, GPT-3.5) with ours.", "RoBERTa");
        assertEquals(null, CandidateFeatures.listKind(uncounted.sentence(), uncounted.token(), uncounted.token() + 1));
    }

    @Test
    void aListUnderAnyNounForModelsIsAListOfModels() {
        At at = At.of("There is a pronounced drop for the largest auto-regressively trained VLMs like OpenFlamingo.",
                "OpenFlamingo");
        assertEquals("model", CandidateFeatures.listKind(at.sentence(), at.token(), at.token() + 1));
        At llms = At.of("Open LLMs such as Falcon, MPT and Pythia lag behind.", "Falcon");
        assertEquals("model", CandidateFeatures.listKind(llms.sentence(), llms.token(), llms.token() + 1));
    }

    @Test
    void anAsideInBracketsAfterAListItemKeepsTheListUnderItsNoun() {
        At at = At.of("We have open-sourced a series of models, including ChatGLM-6B (three generations), GLM-4V-9B, "
                + "WebGLM, and CodeGeeX.", "WebGLM");
        assertEquals("model", CandidateFeatures.listKind(at.sentence(), at.token(), at.token() + 1));
        At prose = At.of("We have open-sourced a series of models, including chat versions (three generations), "
                + "WebGLM, and CodeGeeX.", "WebGLM");
        assertEquals(null, CandidateFeatures.listKind(prose.sentence(), prose.token(), prose.token() + 1));
    }
}
