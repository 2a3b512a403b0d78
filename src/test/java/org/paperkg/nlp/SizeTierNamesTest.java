package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SizeTierNamesTest {

    private static List<String> found(MentionFinder inner, String text) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A title", text);
        return new SizeTierNames(inner).find(t).stream().map(m -> m.type().tag() + ":" + m.text(t)).toList();
    }

    @Test
    void aTierWordAfterAModelNamesTheFamilyMember() {
        String text = "Using kNN-Prompt with GPT-2 large yields gains. We trained AfriBERTa large on the data, "
                + "and RoBERTa large, BART base and Mistral Large are compared.";
        assertEquals(List.of("model:GPT-2 large", "model:AfriBERTa large", "model:RoBERTa large", "model:BART base",
                        "model:Mistral Large"),
                found(FixedFinder.of(MentionType.MODEL, "GPT-2", "AfriBERTa", "RoBERTa", "BART", "Mistral"), text));
    }

    @Test
    void aProductLinesCapitalisedTierNamesTheMemberButALowerCaseWordDoesNot() {
        String text = "GPT-4 Turbo and Gemini 1.5 Pro are compared with Claude 3 Haiku, while Llama pro users wait.";
        assertEquals(List.of("model:GPT-4 Turbo", "model:Gemini 1.5 Pro", "model:Claude 3 Haiku", "model:Llama"),
                found(FixedFinder.of(MentionType.MODEL, "GPT-4", "Gemini 1.5", "Claude 3", "Llama"), text));
    }

    @Test
    void aTierThatStartsAPhraseOfItsOwnStaysOut() {
        String text = "GPT-4 Large Language Models differ. We test BART large-scale training, T5 base systems and "
                + "Llama base agents, and the ParaCrawl large corpus.";
        assertEquals(List.of("model:GPT-4", "model:BART", "model:T5", "model:Llama", "dataset:ParaCrawl"),
                found(new MentionMerger(List.of(FixedFinder.of(MentionType.MODEL, "GPT-4", "BART", "T5", "Llama"),
                        FixedFinder.of(MentionType.DATASET, "ParaCrawl"))), text));
    }

    @Test
    void aTunedReleaseJoinsItsFamilyEvenWhereTheFinderCutItOffAsANameOfItsOwn() {
        // the name finder reads "Llama 2 Chat" as two models, "Llama 2" and "Chat"; a lower-case "chat" is a word
        String text = "Llama 2 Chat and Qwen2.5 Instruct are compared with Mistral, a chat model.";
        assertEquals(List.of("model:Llama 2 Chat", "model:Qwen2.5 Instruct", "model:Mistral"),
                found(FixedFinder.of(MentionType.MODEL, "Llama 2", "Chat", "Qwen2.5", "Mistral"), text));
    }

    @Test
    void aTunedReleaseWordAloneIsLeftToTheOtherRules() {
        // "Chat" after a dataset or with no name before it is not this rule's to join
        String text = "Results on MMLU Chat splits and Chat logs.";
        assertEquals(List.of("dataset:MMLU", "model:Chat"),
                found(new MentionMerger(List.of(FixedFinder.of(MentionType.DATASET, "MMLU"),
                        FixedFinder.of(MentionType.MODEL, "Chat"))), text));
    }
}
