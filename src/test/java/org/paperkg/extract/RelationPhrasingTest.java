package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Relation phrasing as one table: each case is a sentence written in the style of an abstract, the
 * relations it states, and the tempting ones it does not state (the rule's guard). The whole standard
 * pipeline runs on each, as the extractor would on a paper.
 */
class RelationPhrasingTest {

    /** One sentence, what it states ("S p O") and what it must not be read as stating. */
    record Case(String name, String text, List<String> stated, List<String> notStated) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = WrittenAbstracts.extractor();
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a participle after 'the N model' describes N, not the clause's subject",
                        "We also observe that while GPT-4 performs well, it does not outperform the SciBERT model "
                                + "fine-tuned on the CODA-19 dataset, emphasizing the importance of dedicated data.",
                        List.of("SciBERT trainedOn CODA-19"),
                        List.of("GPT-4 trainedOn CODA-19")),
                new Case("', which in turn outperforms' has the model before the comma as subject",
                        "Three large language models are compared, and it is shown that GPT-4 outperforms GPT-3.5, "
                                + "which in turn outperforms Claude v1 on this task.",
                        List.of("GPT-4 outperforms GPT-3.5", "GPT-3.5 outperforms Claude v1"),
                        List.of("GPT-4 outperforms Claude v1")),
                new Case("', which was trained on D' says what the model before it was trained on",
                        "We fine-tune Llama-2, which was trained on RedPajama, on our own instructions.",
                        List.of("Llama-2 trainedOn RedPajama"),
                        List.of()),
                new Case("a name in brackets after 'the best model' is the subject of its clause",
                        "We constructed a dataset (LAR-ECHR) for this task. We found that even the best model (GPT-4o) "
                                + "obtains 75.8% accuracy on LAR-ECHR, leaving room for improvement.",
                        List.of("GPT-4o evaluatedOn LAR-ECHR"),
                        List.of()),
                new Case("an item marker '(c)' starts a clause that nothing before it governs",
                        "We constructed a dataset (LAR-ECHR) for this task. We evaluated seven LLMs on LAR-ECHR and "
                                + "found that (b) LAR-ECHR distinguishes top models more clearly, compared to LegalBench, "
                                + "(c) even the best model (GPT-4o) obtains 75.8% accuracy on LAR-ECHR.",
                        List.of("GPT-4o evaluatedOn LAR-ECHR"),
                        List.of()),
                new Case("a name-shaped word after 'accuracy on' is what the result was measured on",
                        "Notably, Mistral-7B's accuracy on Multi-Arith increased by 20%, and Phi-3's accuracy on "
                                + "HumanEval rose by 34%.",
                        List.of("Mistral-7B evaluatedOn Multi-Arith", "Phi-3 evaluatedOn HumanEval"),
                        List.of()),
                new Case("a plain word after 'results on' is a language, not a benchmark",
                        "GPT-4 reports strong results on English, and its accuracy on Swahili remains low.",
                        List.of(),
                        List.of("GPT-4 evaluatedOn English", "GPT-4 evaluatedOn Swahili")),
                new Case("a bracketed example list after a class noun stays governed",
                        "We study model classes (PaLM, T5) and show that Flan-T5 outperforms them on MMLU.",
                        List.of(),
                        List.of("PaLM evaluatedOn MMLU", "T5 evaluatedOn MMLU")),
                new Case("'..., closely followed by N' after the best result: the leader outperforms N",
                        "For the generation task, LLaMA-3 achieved the best performance with a BERTScore F1 of 77.3%, "
                                + "closely followed by Mistral-7b at 77.1%.",
                        List.of("LLaMA-3 outperforms Mistral-7b"),
                        List.of("Mistral-7b outperforms LLaMA-3")),
                new Case("a model's result after the paper presents its benchmark is a result on that benchmark",
                        "Models such as GPT-3.5 achieve strong results in English. In this work, we introduce IndoMMLU, "
                                + "the first multi-task language understanding benchmark for Indonesian culture. Our "
                                + "evaluations show that GPT-3.5 achieves 53% accuracy, while Falcon performs at even "
                                + "lower levels.",
                        List.of("GPT-3.5 evaluatedOn IndoMMLU", "Falcon evaluatedOn IndoMMLU"),
                        List.of()),
                new Case("a result sentence that names another dataset is about that one, not the own benchmark",
                        "In this work, we introduce IndoMMLU, the first multi-task language understanding benchmark "
                                + "for Indonesian culture. Llama-2 achieves 61% accuracy on MMLU but Falcon performs poorly.",
                        List.of("Llama-2 evaluatedOn MMLU"),
                        List.of("Llama-2 evaluatedOn IndoMMLU", "Falcon evaluatedOn IndoMMLU")),
                new Case("'we fine-tuned N' in a paper presenting its own model: the own model is based on N",
                        "We present EconLM, a model for economics research. We fine-tuned Meta AI's LLaMA-2-7B large "
                                + "language model on economics abstracts. EconLM outperforms GPT-4 on title generation.",
                        List.of("EconLM basedOn LLaMA-2-7B", "LLaMA-2-7B developedBy Meta AI"),
                        List.of()),
                new Case("'we train N' may build N from scratch: no base model for the own one",
                        "We present EconLM, a model for economics research. As a baseline, we train GPT-2 on the "
                                + "same abstracts. EconLM outperforms GPT-2 on title generation.",
                        List.of("EconLM outperforms GPT-2"),
                        List.of("EconLM basedOn GPT-2")),
                new Case("further training of a member of the paper's own family is not a new model made from it",
                        "We release OLMo 2, a family of open language models. We continue pre-training OLMo 2 7B on "
                                + "FineWeb-Edu for 50B tokens.",
                        List.of("OLMo 2 7B trainedOn FineWeb-Edu"),
                        List.of("OLMo 2 basedOn OLMo 2 7B")),
                new Case("'upcycle N into M': M is made from N",
                        "We upcycle Hermes-7B into Hermes-MoE-8x7B, an eight-expert model with 46.7B total parameters. "
                                + "Hermes-MoE-8x7B improves over Hermes-7B by 5.4 points on MMLU.",
                        List.of("Hermes-MoE-8x7B basedOn Hermes-7B"),
                        List.of("Hermes-7B basedOn Hermes-MoE-8x7B")),
                new Case("'outperforms existing models ..., even including A and B': the examples are the objects",
                        "We introduce Vera, a verification model. Vera substantially outperforms existing models that "
                                + "can be repurposed for commonsense verification, even including GPT-3.5 and GPT-4.",
                        List.of("Vera outperforms GPT-3.5", "Vera outperforms GPT-4"),
                        List.of()),
                new Case("examples after 'while' belong to another clause",
                        "We introduce Vera, a verification model. Vera outperforms existing open verifiers, while "
                                + "proprietary models like GPT-4 still lead on harder problems.",
                        List.of(),
                        List.of("Vera outperforms GPT-4")),
                new Case("'N serves as the backbone of our model, M': M is built on N",
                        "Llama-3.1-Nemotron-70B-Instruct serves as the backbone of our reward model, Nemotron-RM-70B, "
                                + "which is trained on HelpSteer2.",
                        List.of("Nemotron-RM-70B basedOn Llama-3.1-Nemotron-70B-Instruct", "Nemotron-RM-70B trainedOn HelpSteer2"),
                        List.of()),
                new Case("'serves as the base of' names its product before the next clause",
                        "In our system, Llama-2-7B serves as the base model of the retriever and Mistral-7B acts as "
                                + "the backbone of the reader.",
                        List.of(),
                        List.of("Mistral-7B basedOn Llama-2-7B")),
                new Case("'merging A with B': both go into the merged model",
                        "We present Hermes-Merge-70B, produced by merging Llama-3.1-70B-Instruct with Qwen2-72B using "
                                + "spherical linear interpolation.",
                        List.of("Hermes-Merge-70B basedOn Llama-3.1-70B-Instruct", "Hermes-Merge-70B basedOn Qwen2-72B"),
                        List.of()),
                new Case("a possessive maker covers coordinated members of one family",
                        "Meta's Llama 3.2 1B and Llama 3.2 3B are lightweight members of the Llama 3.2 series.",
                        List.of("Llama 3.2 1B developedBy Meta", "Llama 3.2 3B developedBy Meta"),
                        List.of()),
                new Case("a possessive maker inside a list does not reach the next item",
                        "We compare GPT-4o, Google's Gemini and Claude on long documents.",
                        List.of("Gemini developedBy Google"),
                        List.of("Claude developedBy Google", "GPT-4o developedBy Google")),
                new Case("a possessive apposition names the maker of the name before the comma",
                        "We present Granite 3.0, IBM's family of enterprise language models.",
                        List.of("Granite 3.0 developedBy IBM"),
                        List.of()),
                new Case("'followed by' without a ranking is a sequence, not a comparison",
                        "GPT-4 was used for annotation, followed by Llama-2-70B for verification.",
                        List.of(),
                        List.of("GPT-4 outperforms Llama-2-70B")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void statesWhatTheTextStates(Case c) {
        List<String> found = extractor.extract(WrittenAbstracts.paper("A study of language models", c.text()))
                .relations().stream()
                .map(r -> r.subject() + " " + r.predicate() + " " + r.object())
                .collect(Collectors.toList());
        for (String expected : c.stated()) {
            assertTrue(found.contains(expected), () -> "'" + expected + "' expected among " + found);
        }
        for (String unexpected : c.notStated()) {
            assertTrue(!found.contains(unexpected), () -> "'" + unexpected + "' not stated, but found in " + found);
        }
    }
}
