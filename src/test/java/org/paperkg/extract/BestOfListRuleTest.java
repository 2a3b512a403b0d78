package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.ingest.Paper;

/**
 * Relations stated across a list of compared models and a later verdict or definition, on sentences
 * written for the test in the style of a shared-task abstract.
 */
class BestOfListRuleTest {


    private static List<ExtractedRelation> relationsOf(String title, String abstractText) {
        Paper paper = WrittenAbstracts.paper(title, abstractText);
        return WrittenAbstracts.extractor().extract(paper).relations();
    }

    /** The names of the entities found in a written title and abstract (so that a negative test is not vacuous). */
    private static List<String> namesOf(String title, String abstractText) {
        Paper paper = WrittenAbstracts.paper(title, abstractText);
        return WrittenAbstracts.extractor().extract(paper).entities().stream().map(ExtractedEntity::name).toList();
    }

    private static boolean has(List<ExtractedRelation> rs, String s, String p, String o) {
        return rs.stream().anyMatch(r -> r.subject().equals(s) && r.predicate().equals(p) && r.object().equals(o));
    }

    /** The winner outperforms each of the losers in the relations found. */
    private static void assertBeats(List<ExtractedRelation> rs, String winner, String... losers) {
        for (String loser : losers) {
            assertTrue(has(rs, winner, "outperforms", loser), rs::toString);
        }
    }

    /** The setting the winner ran in may stand between it and the verdict, with its own "and"; a second name may not. */
    @Test
    void theSettingOfTheWinnerMayStandBeforeTheVerdict() {
        String list = "We analyse combinations of Large Language Models (GPT-3.5, GPT-4, Mistral-7B) and prompting strategies. ";
        assertBeats(relationsOf("Persona prompting", list
                + "We find that GPT-4 with feedback and persona prompting performs the best for all styles."), "GPT-4", "GPT-3.5", "Mistral-7B");
        List<ExtractedRelation> two = relationsOf("Persona prompting", list
                + "We find that GPT-4 with Mistral-7B prompting performs the best for all styles.");
        assertFalse(has(two, "GPT-4", "outperforms", "GPT-3.5") || has(two, "Mistral-7B", "outperforms", "GPT-3.5"), two::toString);
    }

    @Test
    void theHighestScoresNamedByTheirMetricAreAVerdict() {
        List<ExtractedRelation> rs = relationsOf("Question Answering in Urdu",
                "Four models GPT-4, mBERT, XLM-R, and mT5 are assessed on Urdu question answering. Results reveal large "
                        + "gaps between English and Urdu, with GPT-4 achieving the highest F1 scores.");
        assertBeats(rs, "GPT-4", "mBERT", "XLM-R", "mT5");
    }

    @Test
    void demonstratingTheBestPerformanceExcellingAcrossAllAndTheLatterAreVerdicts() {
        List<ExtractedRelation> demonstrated = relationsOf("Retrieval for Arabic",
                "For generation, we evaluated GPT-4, GPT-3.5, SILMA-9B and Aya-8B. GPT-4 demonstrated the best "
                        + "performance, achieving an F1 score of 0.90.");
        assertBeats(demonstrated, "GPT-4", "GPT-3.5", "SILMA-9B", "Aya-8B");
        List<ExtractedRelation> excels = relationsOf("Metacognitive prompting",
                "We conduct experiments on four LLMs: Llama2, PaLM2, GPT-3.5, and GPT-4. The results show that GPT-4 "
                        + "consistently excels across all tasks.");
        assertBeats(excels, "GPT-4", "Llama2", "PaLM2", "GPT-3.5");
        List<ExtractedRelation> latter = relationsOf("Hate speech detection",
                "Features were extracted using BERT-base-multilingual-cased, XLM-Roberta-Base, and XLM-Roberta-Large, "
                        + "with the latter achieving the best performance.");
        assertBeats(latter, "XLM-Roberta-Large", "BERT-base-multilingual-cased", "XLM-Roberta-Base");
        // an aside between commas may stand between the winner and its verdict
        List<ExtractedRelation> aside = relationsOf("Emotional connotations",
                "Our experiments utilize four popular models: BERT, RoBERTa, XLNet, and GPT-2. RoBERTa, in particular, "
                        + "shows superior performance and greater resilience against biases.");
        assertBeats(aside, "RoBERTa", "BERT", "XLNet", "GPT-2");
        // excelling at something is no verdict over the others
        String text = "We compare Llama2 and GPT-4. GPT-4 excels at long reasoning chains.";
        assertTrue(namesOf("A study", text).contains("GPT-4"));
        assertFalse(has(relationsOf("A study", text), "GPT-4", "outperforms", "Llama2"));
    }

    @Test
    void modelsThatOfferTheBestPerformanceWin() {
        List<ExtractedRelation> rs = relationsOf("Summarizing Dialogues in French",
                "We fine-tune three pre-trained models: BARThez, BelGPT-2, and mT5. Results show that the BARThez model "
                        + "offers the best performance.");
        assertBeats(rs, "BARThez", "BelGPT-2", "mT5");
    }

    @Test
    void anArchitectureListedAmongTheModelsDoesNotEndTheList() {
        // BiLSTM is no model by the guidelines, but the list goes on after it
        List<ExtractedRelation> rs = relationsOf("Classifying Health Tweets",
                "A number of models were employed, including RoBERTa-Base, BERT-Base, BiLSTM, and Flan-T5-Base. "
                        + "The RoBERTa-Base model significantly outperformed the other models.");
        assertBeats(rs, "RoBERTa-Base", "BERT-Base", "Flan-T5-Base");
        assertFalse(rs.stream().anyMatch(r -> r.object().equals("BiLSTM")), rs::toString);
    }

    @Test
    void aLongDescriptionInBracketsDoesNotEndTheList() {
        List<ExtractedRelation> rs = relationsOf("English to Urdu Machine Translation",
                "We evaluate GPT-3.5 (a large language model), NLLB (a model trained for translating 200 languages), "
                        + "and IndicTrans2 (a specialized model for Indic languages). IndicTrans2 significantly outperforms "
                        + "the other models.");
        assertBeats(rs, "IndicTrans2", "NLLB", "GPT-3.5");
    }

    @Test
    void theBestPerformingModelOutperformsTheModelsListedWithIt() {
        List<ExtractedRelation> rs = relationsOf("Team Foo at a Shared Task: Summarising Clinical Notes",
                "We describe our submission to the shared task. We fine-tune several pre-trained models such as "
                        + "RoBERTa, DeBERTa, and ELECTRA on the provided training data. "
                        + "In our experiments, RoBERTa is the best-performing model, reaching a macro F1 of 0.71.");
        assertBeats(rs, "RoBERTa", "DeBERTa", "ELECTRA");
        assertFalse(has(rs, "DeBERTa", "outperforms", "RoBERTa"), rs::toString);
    }

    @Test
    void theBestPerformingModelForATaskWasTheWinner() {
        List<ExtractedRelation> rs = relationsOf("Establishing a Baseline for Arabic Patents Classification",
                "We introduce the first public Arabic patent dataset called ArPatent. We compare ARBERT, MARBERT, and "
                        + "QARiB. We observe that the best performing model for classifying Arabic patents was ARBERT "
                        + "with F1 of 66.53%.");
        assertBeats(rs, "ARBERT", "MARBERT", "QARiB");
        // a comma ends the task phrase: "the best model for this task, we find, was trained longest" names no winner
        String text = "We compare ARBERT, MARBERT, and QARiB. The best model for this task, we find, was trained longest.";
        assertTrue(namesOf("Arabic patents", text).containsAll(List.of("ARBERT", "MARBERT", "QARiB")));
        List<ExtractedRelation> none = relationsOf("Arabic patents", text);
        assertFalse(none.stream().anyMatch(r -> r.predicate().equals("outperforms")), none::toString);
    }

    @Test
    void outperformingTheOtherModelsIsAVerdictOverTheListedOnes() {
        List<ExtractedRelation> rs = relationsOf("Age Detection in Twitter and Reddit",
                "A number of transformer-based models were employed, including RoBERTa-Base, BERT-Base and Flan T5 "
                        + "Base. The training strategies included fine-tuning. The experimental results demonstrated that "
                        + "the RoBERTa-Base model significantly outperformed the other models in this classification task.");
        assertBeats(rs, "RoBERTa-Base", "BERT-Base", "Flan T5 Base");
        // a rival named after the verb is OutperformsRule's: "outperformed the other models" is not "other X"
        List<ExtractedRelation> named = relationsOf("Age Detection in Twitter and Reddit",
                "We employed RoBERTa-Base, BERT-Base and Flan T5 Base. RoBERTa-Base outperformed the other GPT-2 model.");
        assertFalse(has(named, "RoBERTa-Base", "outperforms", "BERT-Base"), named::toString);
    }

    @Test
    void achievingTheHighestPerformanceIsAVerdict() {
        List<ExtractedRelation> rs = relationsOf("Relation extraction in the economic field",
                "We considered four LLMs, namely FinGPT, XLNet, ChatGLM, and Llama3, which are generalists. All these "
                        + "models were evaluated on the same task. The best performance was achieved with fine-tuned "
                        + "LLMs, with Llama3 achieving the highest performance.");
        assertBeats(rs, "Llama3", "FinGPT", "ChatGLM");
        // the highest cost is no verdict on performance
        List<ExtractedRelation> cost = relationsOf("Relation extraction in the economic field",
                "We considered four LLMs, namely FinGPT, XLNet, ChatGLM, and Llama3. Llama3 has the highest cost.");
        assertFalse(has(cost, "Llama3", "outperforms", "FinGPT"), cost::toString);
    }

    @Test
    void performedBestAfterAListOfMethods() {
        List<ExtractedRelation> rs = relationsOf("Sentiment Analysis of Code-Mixed Comments",
                "We explore classical methods and transformer-based models including mBERT, RoBERTa, XLM-R. "
                        + "The mBERT model performed best with a macro F1 score of 0.54.");
        assertBeats(rs, "mBERT", "RoBERTa", "XLM-R");
    }

    @Test
    void theWinnerMayFollowTheVerdict() {
        List<ExtractedRelation> obtained = relationsOf("Shared Task Summarisation",
                "We experiment with models like Pegasus, BART, and T5. The best results were obtained with Pegasus, "
                        + "which reaches a ROUGE-L of 0.27.");
        assertBeats(obtained, "Pegasus", "BART", "T5");
        List<ExtractedRelation> was = relationsOf("Shared Task Summarisation",
                "We experiment with models like Pegasus, BART, and T5. The best-performing model was Pegasus, "
                        + "with a ROUGE-L of 0.27.");
        assertTrue(has(was, "Pegasus", "outperforms", "T5"), was::toString);
        // Two winners: nobody is best.
        List<ExtractedRelation> two = relationsOf("Shared Task Summarisation",
                "We experiment with models like Pegasus, BART, and T5. The best results were obtained with Pegasus "
                        + "and BART, which reach a ROUGE-L of 0.27.");
        assertFalse(two.stream().anyMatch(r -> r.predicate().equals("outperforms")), two::toString);
        List<String> names = namesOf("Shared Task Summarisation",
                "We experiment with models like Pegasus, BART, and T5. The best results were obtained with Pegasus "
                        + "and BART, which reach a ROUGE-L of 0.27.");
        assertTrue(names.containsAll(List.of("Pegasus", "BART", "T5")), names::toString);
    }

    @Test
    void noWinnerFromHedgedOrSharedVerdicts() {
        List<ExtractedRelation> hedged = relationsOf("Sentiment Analysis of Code-Mixed Comments",
                "We explore classical methods and transformer-based models including mBERT, RoBERTa, XLM-R. "
                        + "mBERT is one of the best-performing models on the test set.");
        assertFalse(hedged.stream().anyMatch(r -> r.predicate().equals("outperforms")), hedged::toString);
        List<ExtractedRelation> shared = relationsOf("Sentiment Analysis of Code-Mixed Comments",
                "We explore classical methods and transformer-based models including mBERT, RoBERTa, XLM-R. "
                        + "mBERT and RoBERTa performed best on the test set.");
        assertFalse(shared.stream().anyMatch(r -> r.predicate().equals("outperforms")), shared::toString);
        List<ExtractedRelation> second = relationsOf("Sentiment Analysis of Code-Mixed Comments",
                "We explore classical methods and transformer-based models including mBERT, RoBERTa, XLM-R. "
                        + "The mBERT model performed second best with a macro F1 score of 0.54.");
        assertFalse(second.stream().anyMatch(r -> r.predicate().equals("outperforms")), second::toString);
        List<String> names = namesOf("Sentiment Analysis of Code-Mixed Comments",
                "We explore classical methods and transformer-based models including mBERT, RoBERTa, XLM-R. "
                        + "The mBERT model performed second best with a macro F1 score of 0.54.");
        assertTrue(names.containsAll(List.of("mBERT", "RoBERTa", "XLM-R")), names::toString);
    }

    @Test
    void noWinnerOverModelsItIsNotListedWith() {
        List<ExtractedRelation> rs = relationsOf("Sentiment Analysis of Code-Mixed Comments",
                "We explore transformer-based models including RoBERTa and XLM-R as encoders. We also fine-tune mBERT. "
                        + "The mBERT model performed best with a macro F1 score of 0.54.");
        assertFalse(has(rs, "mBERT", "outperforms", "RoBERTa"), rs::toString);
        assertFalse(has(rs, "mBERT", "outperforms", "XLM-R"), rs::toString);
        List<String> names = namesOf("Sentiment Analysis of Code-Mixed Comments",
                "We explore transformer-based models including RoBERTa and XLM-R as encoders. We also fine-tune mBERT. "
                        + "The mBERT model performed best with a macro F1 score of 0.54.");
        assertTrue(names.containsAll(List.of("mBERT", "RoBERTa", "XLM-R")), names::toString);
    }

    @Test
    void basedOnAnImprovedIterationOf() {
        List<ExtractedRelation> rs = relationsOf("Foo-MT: A Translation Model Family",
                "We present the Foo-MT family of models, an improved iteration of Llama 3 models trained for "
                        + "translation between 20 languages.");
        assertTrue(has(rs, "Foo-MT", "basedOn", "Llama 3"), rs::toString);
        List<ExtractedRelation> none = relationsOf("Foo-MT: A Translation Model Family",
                "We present Foo-MT, a translation model. Each iteration of training compares Foo-MT with Llama 3.");
        assertFalse(has(none, "Foo-MT", "basedOn", "Llama 3"), none::toString);
    }

    @Test
    void superiorPerformanceWithNoRivalNamedIsAVerdict() {
        List<ExtractedRelation> rs = relationsOf("Detecting Hate Speech in Memes",
                "We conducted experiments with four classifiers for memes: DeBERTa-v3, BiLSTM, ELECTRA, and ALBERT. "
                        + "DeBERTa-v3 exhibits superior performance, outperforming other classifiers on both sub-tasks.");
        assertBeats(rs, "DeBERTa-v3", "ELECTRA", "ALBERT");
    }

    @Test
    void superiorPerformanceToANamedRivalIsNoVerdictOverTheList() {
        List<ExtractedRelation> rs = relationsOf("Long Document Classification",
                "We compare BERT, RoBERTa and XLNet on long documents. RoBERTa shows superior performance to BERT "
                        + "on the longest documents.");
        assertTrue(namesOf("Long Document Classification", "We compare BERT, RoBERTa and XLNet.").contains("XLNet"));
        assertFalse(has(rs, "RoBERTa", "outperforms", "XLNet"), rs::toString);
    }

    @Test
    void theMostSuccessfulModelAmongThoseUsedWins() {
        List<ExtractedRelation> rs = relationsOf("Fake News Detection in Tamil",
                "The preprocessed data is supplied to transformer models like mBERT, ALBERT, XLNet, and MuRIL. "
                        + "The most successful model among those used is mBERT, with an F1 score of 0.74.");
        assertBeats(rs, "mBERT", "ALBERT", "XLNet", "MuRIL");
    }

    @Test
    void oneOfTheMostAccurateModelsIsNoVerdict() {
        List<ExtractedRelation> rs = relationsOf("Fake News Detection in Tamil",
                "The preprocessed data is supplied to transformer models like mBERT, ALBERT, XLNet, and MuRIL. "
                        + "mBERT is one of the most accurate models, with an F1 score of 0.74.");
        assertFalse(has(rs, "mBERT", "outperforms", "ALBERT"), rs::toString);
    }
}
