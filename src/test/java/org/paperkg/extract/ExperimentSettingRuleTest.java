package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** evaluatedOn read from where and with what an experiment is run, on sentences written for the test. */
class ExperimentSettingRuleTest {

    private static List<String> evaluations(String abstractText) {
        PaperFacts f = WrittenAbstracts.extract("Efficient inference for language models", abstractText);
        return f.relations().stream().filter(r -> r.predicate().equals("evaluatedOn"))
                .map(r -> r.subject() + " on " + r.object()).toList();
    }

    private static List<String> names(String abstractText) {
        return WrittenAbstracts.extract("Efficient inference for language models", abstractText).entities().stream()
                .map(ExtractedEntity::name).toList();
    }

    @Test
    void theModelsAnExperimentIsRunWithAreEvaluatedOnTheDataItIsRunOn() {
        assertEquals(List.of("T5 on GLUE", "T5 on SuperGLUE", "BERT on GLUE", "BERT on SuperGLUE"),
                evaluations("The method is verified through a set of experiments with T5 and BERT backbones on GLUE and SuperGLUE."));
        assertEquals(List.of("GPT-4 on ConfAIde", "Llama3 on ConfAIde"),
                evaluations("Experiments on the ConfAIde benchmark with two LLMs (GPT-4, Llama3) demonstrate that our "
                        + "system reduces leakage."));
    }

    @Test
    void modelsAppliedOrUsedInAnEvaluationAreEvaluatedOnItsData() {
        assertEquals(List.of("BERT on SentNoB", "BERT on BanFakeNews", "TextGCN on SentNoB", "TextGCN on BanFakeNews",
                        "BertGCN on SentNoB", "BertGCN on BanFakeNews"),
                evaluations("We applied the BERT model and different graph-based models including TextGCN and BertGCN "
                        + "on two different datasets including SentNoB and BanFakeNews."));
        assertEquals(List.of("BERT on GoEmotions", "RoBERTa on GoEmotions", "GPT-2 on GoEmotions"),
                evaluations("Our experiments, utilizing three popular models (BERT, RoBERTa, and GPT-2) and drawing on "
                        + "the GoEmotions dataset, demonstrate that these models discern connotations."));
        assertEquals(List.of("GPT-4 on Hybrid-QA", "GPT-4 on OTT-QA", "LLaMA-3 on Hybrid-QA", "LLaMA-3 on OTT-QA"),
                evaluations("We evaluate our approach on the challenging Hybrid-QA and OTT-QA datasets using "
                        + "state-of-the-art LLMs, including GPT-4 and LLaMA-3."));
    }

    @Test
    void anAppliedModelWithoutDataOrAfterAnotherSubjectIsNoSetting() {
        // no "on" data: applying a model is no evaluation; "they applied" is someone else's work
        for (String text : List.of("We applied BERT to label the examples of GLUE and SuperGLUE.",
                "Earlier work applied BERT on GLUE, and we study why.")) {
            assertTrue(names(text).size() >= 2, () -> names(text).toString());
            assertTrue(evaluations(text).isEmpty(), () -> text + " " + evaluations(text));
        }
    }

    @Test
    void trainingBaselinesAndFindingsAreNoSetting() {
        String training = "We run experiments fine-tuning T5 on GLUE.";
        String baseline = "Experiments on SuperGLUE, compared with BERT, are reported.";
        String finding = "Experiments on GLUE show that the method helps, while BERT stays slow.";
        for (String text : List.of(training, baseline, finding)) {
            assertTrue(names(text).size() >= 2, () -> names(text).toString()); // the names are found, so the test can fail
            assertTrue(evaluations(text).stream().noneMatch(e -> e.startsWith("BERT") || e.startsWith("T5 on")),
                    () -> text + " " + evaluations(text));
        }
    }

    /** The findings of experiments on a dataset are results on it, whatever verb states them. */
    @Test
    void ourMethodInTheFindingsOfExperimentsOnDataIsEvaluatedOnThem() {
        PaperFacts f = WrittenAbstracts.extract("LM-Combiner: A Contextual Rewriting Model for Error Correction",
                "We propose LM-Combiner, a rewriting model. Experiments on the FCGEC dataset show that our proposed "
                        + "method effectively alleviates the over-correction of the original system.");
        assertEquals(List.of("LM-Combiner on FCGEC"), f.relations().stream().filter(r -> r.predicate().equals("evaluatedOn"))
                .map(r -> r.subject() + " on " + r.object()).toList());
    }
}
