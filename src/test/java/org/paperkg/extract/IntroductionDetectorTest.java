package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.extract.TrainAbstracts.entity;
import static org.paperkg.extract.TrainAbstracts.facts;

import org.junit.jupiter.api.Test;

/** Introductions in real abstracts of the training gold: what the paper presents as its own. */
class IntroductionDetectorTest {

    @Test
    void weIntroduceMarksTheObjectNotTheBenchmarksItIsScoredOn() {
        // "We present Ring-1T, the first open-source, state-of-the-art thinking model ..."
        PaperFacts f = facts("train-001");
        assertTrue(entity(f, "Ring-1T").introduced());
        assertFalse(entity(f, "AIME-2025").introduced());
    }

    @Test
    void titlePrefixNamesTheArtefact() {
        // "Dolma: an Open Corpus of Three Trillion Tokens ..."; OLMo is only trained on it
        PaperFacts f = facts("train-002");
        assertTrue(entity(f, "Dolma").introduced());
        assertFalse(entity(f, "OLMo").introduced());
    }

    @Test
    void membersListedWithAnIntroducedSeriesAreIntroduced() {
        // "The series includes three non-thinking (instruct) models - Ling-mini-2.0, Ling-flash-2.0, and Ling-1T"
        PaperFacts f = facts("train-000");
        assertTrue(entity(f, "Ling 2.0").introduced());
        assertTrue(entity(f, "Ling-mini-2.0").introduced());
        assertTrue(entity(f, "Ling-flash-2.0").introduced());
        assertTrue(entity(f, "Ling-1T").introduced());
    }

    @Test
    void introducedDatasetsInParenthesesButNotTheModelsItBeats() {
        // "We additionally introduce new specialized datasets (FineMath, Stack-Edu, and SmolTalk)";
        // "SmolLM2 outperforms other recent small LMs including Qwen2.5-1.5B and Llama3.2-1B"
        PaperFacts f = facts("train-034");
        assertTrue(entity(f, "SmolLM2").introduced());
        assertTrue(entity(f, "FineMath").introduced());
        assertTrue(entity(f, "SmolTalk").introduced());
        assertFalse(entity(f, "Qwen2.5-1.5B").introduced());
    }

    @Test
    void ourNounOfANameOrANameModifyingANounIsNotTheAuthorsArtefact() {
        // "our evaluation of GPT-4", "our GPT-4 self-instruct data", "our fine-tuned BERT-based tagger":
        // the authors own the evaluation, the data and the tagger, not the model named in them
        PaperFacts f = WrittenAbstracts.extract("Instruction data for Japanese",
                "However, our evaluation of the GPT-4 and Llama series reveals more reasoning errors. Our GPT-4 "
                        + "self-instruct data allowed the LLaMA 13B model to defeat GPT-3.5. Our fine-tuned BERT-based "
                        + "tagger reaches 97% accuracy. Our model, FooTagger, is faster.");
        assertFalse(TrainAbstracts.entity(f, "GPT-4").introduced());
        assertFalse(TrainAbstracts.entity(f, "BERT").introduced());
        assertTrue(TrainAbstracts.entity(f, "FooTagger").introduced());
    }

    @Test
    void aTitleThatMakesAClaimAboutAModelDoesNotIntroduceIt() {
        PaperFacts f = WrittenAbstracts.extract("BERT meets Cranfield: Uncovering the Properties of Full Ranking",
                "Retrieval models built on pre-trained BERT models perform well. We study them on fully labeled data.");
        assertFalse(TrainAbstracts.entity(f, "BERT").introduced());
    }

    @Test
    void aPossessiveNameInTheObjectQualifiesAnotherNoun() {
        // "we introduce a numerically robust IM-connection incorporating BERT's layers"
        PaperFacts f = WrittenAbstracts.extract("Robust encoders",
                "We propose IM-BERT for robust classification. We introduce a numerically robust connection "
                        + "incorporating BERT’s layers.");
        assertTrue(TrainAbstracts.entity(f, "IM-BERT").introduced());
        assertFalse(TrainAbstracts.entity(f, "BERT").introduced());
    }

    @Test
    void aNameAfterOfInTheTitleIsWhatTheArtefactWorksOn() {
        // "IM-BERT: Enhancing Robustness of BERT through the Implicit Euler Method"
        PaperFacts f = WrittenAbstracts.extract("IM-BERT: Enhancing Robustness of BERT through the Implicit Euler Method",
                "We propose IM-BERT, which treats a layer of BERT as the solution of an ODE. IM-BERT outperforms BERT "
                        + "by 8.3 points on AdvGLUE.");
        assertTrue(TrainAbstracts.entity(f, "IM-BERT").introduced());
        assertFalse(TrainAbstracts.entity(f, "BERT").introduced());
    }

    @Test
    void aNameInsideATitlesHyphenatedAdjectiveIsNotTheArtefact() {
        PaperFacts f = WrittenAbstracts.extract("GRoWE: A GujiRoBERTa-Enhanced Approach to Ancient Chinese NER",
                "We propose GRoWE, a model built on GujiRoBERTa for named entity recognition in ancient Chinese.");
        assertTrue(TrainAbstracts.entity(f, "GRoWE").introduced());
        assertFalse(TrainAbstracts.entity(f, "GujiRoBERTa").introduced());
    }

    @Test
    void aNameTheAuthorsGiveIsTheirs() {
        // "constructing a 1.4 trillion-token datastore named MassiveDS"
        assertTrue(entity(facts("train-004"), "MassiveDS").introduced());
    }

    @Test
    void earlierWorkOfTheSameAuthorsIsNotIntroducedAgain() {
        // "In our prior works, we introduced ... CosyVoice 2"; "In this paper, we present CosyVoice 3"
        PaperFacts f = facts("train-251");
        assertTrue(entity(f, "CosyVoice 3").introduced());
        assertFalse(entity(f, "CosyVoice 2").introduced());
    }

    @Test
    void sizedVariantsOfTheIntroducedFamilyAreIntroduced() {
        // "We introduce phi-3-mini ... a 7B and 14B models ..., called phi-3-small and phi-3-medium";
        // "rivals that of models such as Mixtral 8x7B and GPT-3.5"
        PaperFacts f = facts("train-073");
        assertTrue(entity(f, "phi-3-mini").introduced());
        assertTrue(entity(f, "phi-3-small").introduced());
        assertFalse(entity(f, "Mixtral 8x7B").introduced());
    }

    /** The facts the standard extractor finds in a title and abstract written for the test. */
    private static PaperFacts written(String title, String abstractText) {
        return Extractor.standard().extract(new org.paperkg.ingest.Paper("written", title, abstractText, null, null,
                java.util.List.of(), null, null, null, null, java.util.List.of()));
    }

    @Test
    void aTitleSourceBeforeTheColonIsNotTheArtefact() {
        PaperFacts f = written("From TORTUGA to TORTUGATX: A Submission to the Shared Task on Translation",
                "In this paper, we present the TortugaTX family of models for translation. It builds on Tortuga LLMs "
                        + "and adds parallel data. TortugaTX comes in two sizes.");
        assertTrue(entity(f, "TORTUGATX").introduced());
        assertFalse(entity(f, "TORTUGA").introduced());
    }

    @Test
    void whatTheArtefactIsAVersionOfIsNotIntroduced() {
        PaperFacts f = written("Translation models for many languages",
                "In this paper, we present Tortuga-13B, an improved version of Zephyrion-7B trained for translation.");
        assertTrue(entity(f, "Tortuga-13B").introduced());
        assertFalse(entity(f, "Zephyrion-7B").introduced());
    }

    private static ExtractedEntity written(String title, String abstractText, String name) {
        org.paperkg.ingest.Paper paper = new org.paperkg.ingest.Paper("written", title, abstractText, null, null,
                java.util.List.of(), null, null, null, null, java.util.List.of());
        return entity(Extractor.standard().extract(paper), name);
    }

    @Test
    void aModelATitleAdaptsOrLeveragesIsUsedNotIntroduced() {
        String text = "We collect data to evaluate speech recognition models on regional accents. We fine-tune "
                + "Whisper on the data and compare it with the baseline.";
        assertFalse(written("Adapting Whisper for Regional Dialects: Enhancing Public Services", text, "Whisper").introduced());
        // the positive: a title that names a model without a using verb presents it
        assertTrue(written("Whisper for Regional Dialects: Enhancing Public Services", text, "Whisper").introduced());
    }

    @Test
    void aSharedTaskAfterAtInATitleIsTheVenue() {
        String text = "This paper describes our system for Task 2 of BLP-2023, which involves sentiment analysis. "
                + "We fine-tune BanglaBert on the data.";
        assertFalse(written("LowResource at BLP-2023 Task 2: Sentiment Analysis of Bangla", text, "BLP-2023").introduced());
    }
}
