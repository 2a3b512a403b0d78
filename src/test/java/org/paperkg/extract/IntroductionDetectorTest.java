package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.extract.TrainAbstracts.entity;
import static org.paperkg.extract.TrainAbstracts.facts;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Introductions, what the paper presents as its own: in real abstracts of the training gold, and in a
 * table of abstracts written for the test.
 */
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
    void aWellKnownModelTheAbstractOnlyTrainsOrListsIsNotIntroducedButOneItIntroducesIs() {
        PaperFacts retrained = WrittenAbstracts.extract("RecombiText: Data Augmentation for Pre-Training",
                "We introduce RecombiText, a method for data augmentation. We pre-train GPT-2 and RoBERTa language models on a"
                        + " small corpus and evaluate several models, including GPT-4 and Mixtral.");
        for (String used : List.of("GPT-2", "RoBERTa", "GPT-4", "Mixtral")) {
            assertFalse(entity(retrained, used).introduced(), used);
        }
        PaperFacts released = WrittenAbstracts.extract("Scaling Instruction-Finetuned Language Models",
                "We study instruction finetuning at scale. We also publicly release Flan-T5 checkpoints, which achieve strong"
                        + " few-shot performance.");
        assertTrue(entity(released, "Flan-T5").introduced());
    }

    @Test
    void aNameInAppositionToANewThingIsThatNewThing() {
        PaperFacts f = WrittenAbstracts.extract("Navigating the Metrics Maze",
                "We conduct our evaluation on a new large dataset, ToShip23, using it to discover deltas. We distill a novel "
                        + "constrained language planning dataset, Coscript, from InstructGPT. We fine-tune a new model on "
                        + "tweets, RoBERTa, and others.");
        assertTrue(entity(f, "ToShip23").introduced());
        assertTrue(entity(f, "Coscript").introduced());
        assertFalse(entity(f, "RoBERTa").introduced(), "the phrase ends at its preposition");
        assertFalse(entity(f, "InstructGPT").introduced());
    }

    @Test
    void ourBaselineOrTeacherIsNotOurs() {
        PaperFacts f = WrittenAbstracts.extract("Table answers from many sources",
                "We evaluate Claude 3 Opus, Gemini Flash, GPT-4o mini and o1-mini on MMLU. Our best baseline, Gemini Flash, "
                        + "reaches an F1 of 60.7. Our teacher model, Qwen-Max, writes the training data for our model, TabLM.");
        for (String used : List.of("Gemini Flash", "GPT-4o mini", "o1-mini", "Qwen-Max")) {
            assertFalse(entity(f, used).introduced(), used);
        }
        assertTrue(entity(f, "TabLM").introduced());
    }

    @Test
    void aWellKnownFamilysTechnicalReportIntroducesIt() {
        // "Phi-3 Technical Report: A Highly Capable Language Model Locally on Your Phone" (Phi-3 is in models.txt)
        PaperFacts f = facts("train-073");
        assertTrue(entity(f, "Phi-3").introduced());
        assertFalse(entity(f, "Mixtral 8x7B").introduced());
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

    /**
     * A title and abstract written for the test, the names the paper presents as its own and the names it
     * only uses, studies or builds on.
     */
    record Case(String name, String title, String text, List<String> introduced, List<String> notIntroduced) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> written() {
        String accents = "We collect data to evaluate speech recognition models on regional accents. We fine-tune "
                + "Whisper on the data and compare it with the baseline.";
        return Stream.of(
                new Case("'we introduce a simple variant of the model, X' introduces X, not the model it varies",
                        "Shall we pretrain with retrieval?",
                        "We reproduce RETRO up to 9.5B parameters. Furthermore, we introduce a simple variant of the "
                                + "model, RETRO-Fusion, which improves open-domain QA results of original RETRO.",
                        List.of("RETRO-Fusion"), List.of("RETRO")),
                new Case("'we introduce X, a Y encoder fine-tuned for ...' introduces X, built on Y",
                        "Catching hallucinations cheaply",
                        "We introduce Zorbix, a DeBERTa-large encoder fine-tuned for hallucination detection.",
                        List.of("Zorbix"), List.of("DeBERTa-large")),
                new Case("'an adaptation of a large analogy dataset, BATS' names the source, not the adaptation",
                        "An Icelandic analogy test set",
                        "We introduce an Icelandic adaptation of a large analogy dataset, BATS, and evaluate it on three "
                                + "word embedding models.",
                        List.of(), List.of("BATS")),
                new Case("'our work ... by collecting a new dataset X': the authors' work makes X",
                        "Towards better evaluation of instruction following",
                        "Our investigation is performed on query-based summarization by collecting a new real-world "
                                + "dataset riSum, containing 300 document-instruction pairs.",
                        List.of("riSum"), List.of()),
                // the models share the singular head past the size tier: each is a known model trained again
                new Case("'we propose a fine-tuned X model' derives a system from X, it does not introduce X",
                        "ZXQ at SemEval-2024 Task 7: Fine-tuning GPT-3.5-Turbo for Numerical Reasoning",
                        "We propose a fine-tuned GPT-3.5-turbo model, specifically engineered to deduce missing numerals "
                                + "directly from the content of news article. We also present Numby-7B, a model trained "
                                + "from scratch.",
                        List.of("Numby-7B"), List.of("GPT-3.5-Turbo")),
                new Case("'we trained an X and Y base model' trains known models, it does not introduce them",
                        "Using Transformers for Abusive Comment Classification in Tamil",
                        "We trained an XLM-RoBERTa and DeBERTa base model on the training splits for each sub-task. "
                                + "For sub-task A, the XLM-RoBERTa model achieved an accuracy of 0.66.",
                        List.of(), List.of("XLM-RoBERTa", "DeBERTa base")),
                new Case("a benchmark 'featuring' models is presented, the models it features are not",
                        "Struc-Bench: Are Large Language Models Good at Generating Complex Structured Tabular Data?",
                        "We unveil Struc-Bench, a comprehensive benchmark featuring prominent LLMs (GPT-NeoX-20B, "
                                + "GPT-3.5, GPT-4, and Vicuna), which spans text tables, HTML, and LaTeX formats.",
                        List.of("Struc-Bench"), List.of("GPT-NeoX-20B", "GPT-3.5", "Vicuna")),
                // "machine reading Comprehension dataset" is one compound, not a clause after "machine"
                new Case("a name defined after a dash or after a compound with an -ing word is introduced",
                        "Reading and reasoning",
                        "We present DocInfer - a novel, end-to-end Document-level Natural Language Inference model "
                                + "that builds a document graph. We also present the first free-form multiple-choice "
                                + "Chinese machine reading Comprehension dataset (C3), containing 13,369 documents.",
                        List.of("DocInfer", "C3"), List.of()),
                // the authors own the evaluation, the data and the tagger, not the model named in them
                new Case("our noun of a name or a name modifying a noun is not the authors' artefact",
                        "Instruction data for Japanese",
                        "However, our evaluation of the GPT-4 and Llama series reveals more reasoning errors. Our GPT-4 "
                                + "self-instruct data allowed the LLaMA 13B model to defeat GPT-3.5. Our fine-tuned "
                                + "BERT-based tagger reaches 97% accuracy. Our model, FooTagger, is faster.",
                        List.of("FooTagger"), List.of("GPT-4", "BERT")),
                new Case("a title that makes a claim about a model does not introduce it",
                        "BERT meets Cranfield: Uncovering the Properties of Full Ranking",
                        "Retrieval models built on pre-trained BERT models perform well. We study them on fully labeled data.",
                        List.of(), List.of("BERT")),
                new Case("a possessive name in the object qualifies another noun",
                        "Robust encoders",
                        "We propose IM-BERT for robust classification. We introduce a numerically robust connection "
                                + "incorporating BERT’s layers.",
                        List.of("IM-BERT"), List.of("BERT")),
                new Case("a name after 'of' in the title is what the artefact works on",
                        "IM-BERT: Enhancing Robustness of BERT through the Implicit Euler Method",
                        "We propose IM-BERT, which treats a layer of BERT as the solution of an ODE. IM-BERT outperforms "
                                + "BERT by 8.3 points on AdvGLUE.",
                        List.of("IM-BERT"), List.of("BERT")),
                new Case("a name inside a title's hyphenated adjective is not the artefact",
                        "GRoWE: A GujiRoBERTa-Enhanced Approach to Ancient Chinese NER",
                        "We propose GRoWE, a model built on GujiRoBERTa for named entity recognition in ancient Chinese.",
                        List.of("GRoWE"), List.of("GujiRoBERTa")),
                new Case("a title's source before the colon is not the artefact",
                        "From TORTUGA to TORTUGATX: A Submission to the Shared Task on Translation",
                        "In this paper, we present the TortugaTX family of models for translation. It builds on Tortuga "
                                + "LLMs and adds parallel data. TortugaTX comes in two sizes.",
                        List.of("TORTUGATX"), List.of("TORTUGA")),
                new Case("what the artefact is a version of is not introduced",
                        "Translation models for many languages",
                        "In this paper, we present Tortuga-13B, an improved version of Zephyrion-7B trained for translation.",
                        List.of("Tortuga-13B"), List.of("Zephyrion-7B")),
                new Case("a model a title adapts or leverages is used, not introduced",
                        "Adapting Whisper for Regional Dialects: Enhancing Public Services", accents,
                        List.of(), List.of("Whisper")),
                new Case("a model a title names after 'by', 'on', 'via' or 'deploying' is the tool, not the artefact",
                        "Automatic Scoring of Short Answers Using Justification Cues Estimated by BERT",
                        "We score short answers with a BERT model pre-trained on general text. On the RIKEN dataset, "
                                + "the method halves the training data.",
                        List.of(), List.of("BERT")),
                new Case("a title's 'on N' names the model a method is applied to",
                        "Efficient Learning of Multiple Tasks via Weight Factorization on BERT",
                        "We factorize the weights of a pre-trained Transformer, employing BERT-Large on GLUE.",
                        List.of(), List.of("BERT")),
                new Case("a title deploying a known model deploys it, it does not present it",
                        "Deploying Unified BERT Moderation Model for E-Commerce Reviews",
                        "We explore a unified BERT model to moderate reviews and pre-train BERT models on review data.",
                        List.of(), List.of("BERT")),
                new Case("a title that names a model without a using verb presents it (a model not widely known)",
                        "VoxDial-1B for Regional Dialects: Enhancing Public Services",
                        "We collect data to evaluate speech recognition models on regional accents. We fine-tune "
                                + "VoxDial-1B on the data and compare it with the baseline.",
                        List.of("VoxDial-1B"), List.of()),
                new Case("'we train A and B models' trains known models again: the plural head is both names'",
                        "Child-directed speech as training data",
                        "We train GPT-2 and RoBERTa models on a new synthetic dataset (TinyDialogues). We also train "
                                + "Zorbanet, a small model of our own, on the same data.",
                        List.of("Zorbanet"), List.of("GPT-2", "RoBERTa")),
                new Case("a name after 'our' noun and a preposition is what the authors' thing is done with",
                        "Enhancing human value detection",
                        "We evaluated the effectiveness of our method by fine-tuning BERT and RoBERTa models on our "
                                + "augmented dataset. Our model ZorbaNet wins.",
                        List.of("ZorbaNet"), List.of("BERT", "RoBERTa")),
                new Case("a name in a title's question is studied, before the colon too",
                        "What Zorbanet Knows about Aspectual Coercion: Focused on Verbs",
                        "This paper explores whether large language models like Zorbanet grasp aspectual coercion, "
                                + "through interaction with a chat assistant that integrates Zorbanet.",
                        List.of(), List.of("Zorbanet")),
                new Case("a name in the question after a title's colon is studied, without a question mark",
                        "OSX at Context24: How Well Can GPT-4o Tackle Scientific Figures and Tables",
                        "This paper introduces data-free systems. The experimental results show the zero-shot "
                                + "capabilities of GPT-4o in both tasks.",
                        List.of(), List.of("GPT-4o")),
                new Case("a name inside the adjective of what the paper presents is not introduced",
                        "Empathy detection in essays",
                        "This study presents a BERT-based context-aware approach to enhance empathy detection in "
                                + "conversations and essays.",
                        List.of(), List.of("BERT")),
                new Case("what the artefact is a variant of is not introduced",
                        "Sparse language modelling",
                        "We present UltraSparseBERT, a BERT variant that uses 0.3% of its neurons during inference while "
                                + "performing on par with similar BERT models.",
                        List.of("UltraSparseBERT"), List.of("BERT")),
                new Case("a shared task after 'participation in' or 'submission to' in a title is the venue",
                        "ZorbaMT's Participation in the WMT25 General Translation Shared Task",
                        "This paper presents ZorbaMT's submission to the WMT 2025 shared task on general machine "
                                + "translation. We distil GPT-4o-mini into Gemma3-12B.",
                        // the event itself is no entity at all (NonNameFilter), and the models used are not the paper's
                        List.of(), List.of("GPT-4o-mini", "Gemma3-12B")),
                new Case("a well-known model that a title's method uses is not the paper's own",
                        "KCRL at FakeNews 2025: Multi-Pooling Feature Fusion with XLM-RoBERTa for Malayalam Fake News Detection",
                        "This paper presents our system for the shared task on fake news detection in Malayalam comments. "
                                + "We fine-tune the model with multi-pooling feature fusion.",
                        List.of(), List.of("XLM-RoBERTa")),
                new Case("a well-known model that the abstract builds on is not the paper's own",
                        "Solving brain teasers with sentence embeddings",
                        "We present three fine-tuning methodologies utilizing MPNet as the underlying architecture, "
                                + "each employing a different loss function.",
                        List.of(), List.of("MPNet")),
                new Case("a well-known dataset is not the paper's own, though it is what the paper extends",
                        "Dialogue acts for task-oriented dialogue",
                        "In this paper, we introduce MultiWOZ annotations with dialogue acts for 1,000 new dialogues.",
                        List.of(), List.of("MultiWOZ")),
                new Case("a well-known model that a title names is what the paper studies, unless the abstract presents it",
                        "Linguistic Bias in ChatGPT: Language Models Reinforce Dialect Discrimination",
                        "We present a large-scale study of linguistic bias exhibited by ChatGPT covering ten dialects of "
                                + "English. We prompted GPT-3.5 Turbo and GPT-4 with text by native speakers of each variety.",
                        List.of(), List.of("ChatGPT", "GPT-4")),
                new Case("a well-known dataset that a title names is what the paper's resource is made from",
                        "WIKIPARQ: A Tabulated Wikipedia Resource Using the Parquet Format",
                        "We present WIKIPARQ, a resource that stores the tables of Wikipedia in the Parquet format.",
                        List.of("WIKIPARQ"), List.of("Wikipedia")),
                new Case("two names joined before a title's colon are both the paper's artefacts",
                        "ARBERT & MARBERT: Deep Bidirectional Transformers for Arabic",
                        "We remedy these issues for Arabic varieties by introducing two powerful deep bidirectional "
                                + "transformer-based models, ARBERT and MARBERT. They outperform XLM-R Large.",
                        List.of("ARBERT", "MARBERT"), List.of("XLM-R Large")));
    }

    /**
     * "CDHF at SemEval-2025 Task 9: ...": the shared task after "at" in a title is where the paper was presented,
     * so it is neither the paper's own nor an entity at all, even when the abstract "presents our system in" it.
     */
    @Test
    void aSharedTaskATitleNamesIsTheVenueAndNoEntity() {
        PaperFacts cdhf = WrittenAbstracts.extract(
                "CDHF at SemEval-2025 Task 9: A Multi-Task Learning Approach for Food Hazard Classification",
                "We present our system in SemEval-2025 Task 9: Food Hazard Detection. We fine-tune "
                        + "pre-trained transformer models, comparing BERT and BART.");
        PaperFacts lowResource = WrittenAbstracts.extract("LowResource at BLP-2023 Task 2: Sentiment Analysis of Bangla",
                "This paper describes our system for Task 2 of BLP-2023, which involves sentiment analysis. "
                        + "We fine-tune BanglaBert on the data.");
        assertEquals(List.of("BERT", "BART"), names(cdhf));
        assertFalse(entity(cdhf, "BERT").introduced());
        assertTrue(names(lowResource).stream().noneMatch(n -> n.contains("BLP") || n.contains("Task")), names(lowResource)::toString);
    }

    private static List<String> names(PaperFacts f) {
        return f.entities().stream().map(ExtractedEntity::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("written")
    void writtenAbstracts(Case c) {
        PaperFacts f = WrittenAbstracts.extract(c.title(), c.text());
        for (String name : c.introduced()) {
            assertTrue(entity(f, name).introduced(), () -> name + " is the paper's own");
        }
        for (String name : c.notIntroduced()) {
            assertFalse(entity(f, name).introduced(), () -> name + " is not the paper's own");
        }
    }
}
