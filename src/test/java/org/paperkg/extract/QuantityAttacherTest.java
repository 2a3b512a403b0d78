package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.extract.TrainAbstracts.facts;
import static org.paperkg.extract.TrainAbstracts.nthQuantity;
import static org.paperkg.extract.TrainAbstracts.quantity;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Subjects and properties of numbers in real abstracts of the training gold. */
class QuantityAttacherTest {

    private static void assertFact(ExtractedQuantity q, String subject, String property) {
        assertEquals(subject, q.subject(), q.text());
        assertEquals(property, q.property(), q.text());
        assertTrue(q.confidence() > 0 && q.confidence() <= 1, "confidence in (0, 1]");
    }

    @Test
    void itAfterWePresentIsThePresentedModel() {
        // "We present Ring-1T ... It features 1 trillion total parameters and activates approximately 50 billion per token."
        PaperFacts f = facts("train-001");
        assertFact(quantity(f, "1 trillion total parameters"), "Ring-1T", "parameterCount");
        assertFact(quantity(f, "50 billion"), "Ring-1T", "activeParameterCount");
    }

    @Test
    void scoresBeforeBenchmarkNamesBelongToTheSentencesModel() {
        // "Ring-1T delivers breakthrough results across critical benchmarks: 93.4 on AIME-2025, ..."
        PaperFacts f = facts("train-001");
        assertFact(quantity(f, "93.4"), "Ring-1T", "score");
        assertFact(quantity(f, "2088"), "Ring-1T", "score");
    }

    @Test
    void aModelThatGeneratedTheCountedItemsIsNotTheirOwner() {
        PaperFacts f = WrittenAbstracts.extract("CPIQA: Climate Paper Image Question Answering Dataset",
                "This paper introduces CPIQA, a new question-answer dataset featuring 4,551 open-source academic "
                        + "papers with 54,612 GPT-4o generated question-answer pairs.");
        assertFact(WrittenAbstracts.quantity(f, "54,612 GPT-4o generated question-answer pairs"), "CPIQA", "datasetSize");
    }

    @Test
    void aCountThatOpensADatasetsNameIsAWordOfTheNameNotAQuantity() {
        PaperFacts f = WrittenAbstracts.extract("Anomaly detection on text",
                "We evaluate on 20 Newsgroups and AG News. The 20 Newsgroups corpus has 18,846 documents.");
        assertEquals(List.of("18,846 documents"), f.quantities().stream().map(ExtractedQuantity::text).toList());
        assertFact(WrittenAbstracts.quantity(f, "18,846 documents"), "20 Newsgroups", "datasetSize");
    }

    @Test
    void theReleaseIsThePapersArtefactOfTheKindTheMeasureNeeds() {
        PaperFacts corpus = WrittenAbstracts.extract("A Contemporary News Corpus of Ukrainian (CNC-UA): Compilation",
                "We present a corpus of contemporary Ukrainian news articles. The current release comprises 87 210 364 "
                        + "words in 292 955 texts.");
        assertFact(WrittenAbstracts.quantity(corpus, "87 210 364 words"), "Contemporary News Corpus of Ukrainian", "datasetSize");
        PaperFacts models = WrittenAbstracts.extract("Foo-LM: open models",
                "We introduce Foo-LM, a family of open language models. The release includes 7B and 70B models.");
        assertFact(WrittenAbstracts.quantity(models, "70B models"), "Foo-LM", "parameterCount");
    }

    @Test
    void theResultingDatasetAndOurDataAreTheIntroducedDataset() {
        PaperFacts kaz = WrittenAbstracts.extract("KazNERD: Kazakh Named Entity Recognition Dataset",
                "We present KazNERD, a dataset for Kazakh named entity recognition. The annotation was carried out on "
                        + "television news. The resulting dataset contains 112,702 sentences.");
        assertFact(WrittenAbstracts.quantity(kaz, "112,702 sentences"), "KazNERD", "datasetSize");
        PaperFacts culture = WrittenAbstracts.extract("Cultural instructions",
                "We introduce CultureInstruct, a large-scale instruction-tuning dataset. Our data comprises 430K "
                        + "instructions, ranging from classic NLP tasks to complex reasoning.");
        assertFact(WrittenAbstracts.quantity(culture, "430K instructions"), "CultureInstruct", "datasetSize");
    }

    @Test
    void aSizeBeforeABasedAdjectiveIsTheSizeOfTheModelItModifies() {
        PaperFacts f = WrittenAbstracts.extract("Learning personalized alignment",
                "We introduce PerSE, an interpretable evaluation model. Our 13B LLaMA-2-based PerSE shows a 15.8% "
                        + "increase in Kendall correlation compared to GPT-4.");
        assertFact(WrittenAbstracts.quantity(f, "13B"), "PerSE", "parameterCount");
    }

    @Test
    void aResultAfterThePaperPresentsItsOwnBenchmarkIsAScoreOnIt() {
        PaperFacts f = WrittenAbstracts.extract("A study of planning",
                "We introduce FooPDDL, a new benchmark of procedural planning. Our results show that the task is highly "
                        + "challenging for end-to-end LLMs, with GPT-3.5's success rate close to 0% and GPT-4o's 38%. "
                        + "Specifically, GPT-4o shows increases of 3.1% in ROUGE-L and 4.6% in correctness with hints.");
        assertFact(WrittenAbstracts.quantity(f, "38%"), "GPT-4o", "score");
        // differences, the second after a metric's name, are no results
        assertFact(WrittenAbstracts.quantity(f, "3.1%"), null, null);
        PaperFacts below = WrittenAbstracts.extract("A study of planning",
                "We introduce FooPDDL, a new benchmark of procedural planning. Most LLMs struggle on FooPDDL. "
                        + "The best-performing model, GPT-4, is still 8% below estimated human performance.");
        assertNull(WrittenAbstracts.quantity(below, "8%").property());
        assertNull(WrittenAbstracts.quantity(f, "4.6%").property());
    }

    @Test
    void dataAfterForOrOnThatOpensTheSentenceIsWhereItsResultsWereMeasured() {
        PaperFacts f = WrittenAbstracts.extract("Question answering for Tamil",
                "We fine-tuned pre-trained models on the Extended Chaii dataset. Specifically, for the Extended Chaii "
                        + "dataset, the MuRIL model achieved the highest F1 score of 53.89. On evaluations with the "
                        + "SIU2023-NST dataset, ChatGPT achieved 65.81% accuracy in the few-shot setting, while BERT "
                        + "with supervised fine-tuning achieved 82.22% accuracy. Trained on the Extended Chaii "
                        + "dataset, XLM-R reaches 48.5 F1.");
        // the data was used for training too, but "for the ... dataset" places the result on it
        assertFact(WrittenAbstracts.quantity(f, "53.89"), "MuRIL", "score");
        // the opening phrase names the data of both clauses' results
        assertFact(WrittenAbstracts.quantity(f, "65.81%"), "ChatGPT", "score");
        assertFact(WrittenAbstracts.quantity(f, "82.22%"), "BERT", "score");
        // data after "trained on" is not where the result was measured
        assertNull(WrittenAbstracts.quantity(f, "48.5").property());
    }

    @Test
    void aSizeInABracketAfterTheLastListedModelIsThatModelsAlone() {
        PaperFacts f = WrittenAbstracts.extract("A study of motifs",
                "We present MotifSet, a dataset of folklore motifs. Recent models such as T5, FLAN-T5, GPT-2, and "
                        + "Llama 2 (7B) achieved 41% accuracy at best. Pythia and OPT-IML share 1.4B parameters.");
        List<ExtractedQuantity> sevenB = f.quantities().stream().filter(q -> q.text().startsWith("7B")).toList();
        assertEquals(List.of("Llama 2"), sevenB.stream().map(ExtractedQuantity::subject).toList());
        // a number after a list joined by "and", outside a bracket, still belongs to every name
        assertEquals(2, f.quantities().stream().filter(q -> q.text().startsWith("1.4B")).count());
    }

    @Test
    void examplesFollowedByAResultVerbAreWhatReachedTheNumbers() {
        // "such as" usually names what a number is compared with, but here the examples are the verb's subject
        PaperFacts f = WrittenAbstracts.extract("Reading archival testimonies",
                "We analyse a new collection of oral testimonies, NakbaTR. Fine-tuned models such as ARABERT and MARBERT "
                        + "achieve F1-scores of 0.87 and 0.68 in language and lexical classification on NakbaTR, respectively.");
        assertEquals("ARABERT", WrittenAbstracts.quantity(f, "0.87").subject());
        assertEquals("MARBERT", WrittenAbstracts.quantity(f, "0.68").subject());
    }

    @Test
    void aComparedModelsNumberCarriedByItsEvaluatedOnIsItsScore() {
        // the guidelines give a score "only together with an evaluatedOn relation that carries the same number"
        PaperFacts f = WrittenAbstracts.extract("A study of autoraters",
                "We train autoraters. On Reward-Bench, FLAMe-RM-24B achieves 87.8% accuracy, surpassing GPT-4-0125 "
                        + "(85.9%) and GPT-4o (84.7%).");
        assertFact(WrittenAbstracts.quantity(f, "84.7%"), "GPT-4o", "score");
        assertTrue(f.relations().stream().anyMatch(r -> r.subject().equals("GPT-4o") && r.predicate().equals("evaluatedOn")
                && r.score() != null && r.score() == 84.7), f.relations().toString());
        assertFact(WrittenAbstracts.quantity(f, "85.9%"), "GPT-4-0125", "score");
    }

    @Test
    void aNumberAfterAPossessiveIsItsOwnersWhetherAModelOrNot() {
        PaperFacts f = WrittenAbstracts.extract("A study of planning",
                "We test planners on the PlanBench benchmark. With our instructions, GPT-4o\u2019s success rate on "
                        + "PlanBench increases to 45%, outperforming regular chain-of-thought prompting\u2019s 34% and "
                        + "Zorba-7B\u2019s 21%.");
        assertFact(WrittenAbstracts.quantity(f, "45%"), "GPT-4o", "score");
        assertFact(WrittenAbstracts.quantity(f, "34%"), null, null);
        assertEquals("Zorba-7B", WrittenAbstracts.quantity(f, "21%").subject());
    }

    @Test
    void aCorpusSizeInAnApposition() {
        // "we release Dolma, a three trillion tokens English corpus"; the title says it first
        PaperFacts f = facts("train-002");
        assertFact(quantity(f, "Three Trillion Tokens"), "Dolma", "datasetSize");
    }

    @Test
    void sizesInParenthesesAfterTheNames() {
        // "Chinchilla uniformly and significantly outperforms Gopher (280B), GPT-3 (175B), ..."
        PaperFacts f = facts("train-093");
        assertFact(quantity(f, "280B"), "Gopher", "parameterCount");
        assertFact(quantity(f, "175B"), "GPT-3", "parameterCount");
        // "As a highlight, Chinchilla reaches a state-of-the-art average accuracy of 67.5% on the MMLU benchmark"
        assertFact(quantity(f, "67.5%"), "Chinchilla", "score");
    }

    @Test
    void respectivelyPairsNumbersWithNamesInOrder() {
        // "a 7B and 14B models trained for 4.8T tokens, called phi-3-small and phi-3-medium, ...
        //  (e.g., respectively 75% and 78% on MMLU, and 8.7 and 8.9 on MT-bench)"
        PaperFacts f = facts("train-073");
        assertFact(quantity(f, "7B"), "phi-3-small", "parameterCount");
        assertFact(quantity(f, "14B models"), "phi-3-medium", "parameterCount");
        assertFact(quantity(f, "75%"), "phi-3-small", "score");
        assertFact(quantity(f, "78%"), "phi-3-medium", "score");
        // one training budget said of both models is a fact of each
        assertFact(nthQuantity(f, "4.8T tokens", 0), "phi-3-small", "trainingTokens");
        assertFact(nthQuantity(f, "4.8T tokens", 1), "phi-3-medium", "trainingTokens");
    }

    @Test
    void totalAndActivatedParametersOfTheIntroducedSeries() {
        // "we integrate it with Mixture of Experts (MoE), creating a model with 32 experts and 456 billion
        //  total parameters, of which 45.9 billion are activated for each token"
        PaperFacts f = facts("train-201");
        assertFact(quantity(f, "456 billion total parameters"), "MiniMax-01", "parameterCount");
        assertFact(quantity(f, "45.9 billion"), "MiniMax-01", "activeParameterCount");
        // "The context window of MiniMax-Text-01 can reach up to 1 million tokens during training"
        assertFact(quantity(f, "1 million tokens"), "MiniMax-Text-01", "contextLength");
    }

    @Test
    void aSizeWrittenInTheNameIsNotASecondFact() {
        // title "Poro 34B and the Blessing of Multilinguality"; "we introduce Poro 34B, a 34 billion parameter model
        //  trained for 1 trillion tokens"
        PaperFacts f = facts("train-035");
        // the title's "34B" states the abstract's "34 billion parameter" again: one quantity, not two
        assertEquals(1, f.quantities().stream().filter(q -> q.value() == 34e9).count(), f.quantities().toString());
        assertFact(quantity(f, "34 billion parameter"), "Poro 34B", "parameterCount");
        assertFact(quantity(f, "1 trillion tokens"), "Poro 34B", "trainingTokens");
    }

    @Test
    void anUnnamedModelKeepsNeitherSubjectNorProperty() {
        // "a 3B model trained for 180B tokens on BeyondWeb outperforms an 8B model"
        PaperFacts f = facts("train-003");
        ExtractedQuantity q = quantity(f, "3B model");
        assertNull(q.subject());
        assertNull(q.property());
    }

    @Test
    void onlyTheEndOfAGrowthRangeIsTheModels() {
        // "while extending the context length from 16K to 128K"
        PaperFacts f = facts("train-056");
        assertNull(quantity(f, "16K").property());
        assertFact(quantity(f, "128K"), "DeepSeek-Coder-V2", "contextLength");
    }

    @Test
    void bareLengthsInParenthesesAfterAModelAreContextWindows() {
        // "GLM-4-9B (128K, 1M)"
        PaperFacts f = facts("train-012");
        assertFact(nthQuantity(f, "128K", 1), "GLM-4-9B", "contextLength");
        assertFact(quantity(f, "1M"), "GLM-4-9B", "contextLength");
    }
}
