package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenRepairTest {
    private static List<String> tokens(String sentence) {
        AnalyzedText t = TextAnalyzer.get().analyze(sentence);
        return t.sentences().stream().flatMap(s -> Arrays.stream(s.words())).toList();
    }

    @Test
    void aNumberGluedToItsUnitWordIsTwoWords() {
        List<String> words = tokens("We use a multilingual model with 500Mparameters, trained on 1.5Btokens of Qwen2-7B data.");
        assertTrue(words.containsAll(List.of("500M", "parameters", "1.5B", "tokens", "Qwen2-7B")), words.toString());
    }

    @Test
    void aNameSplitInThreePiecesByTheTokenizerIsOneToken() {
        List<String> words = tokens("Our model surpasses larger ones like Llama2-13B-Chat and DeepSeekMoE-16B.");
        assertTrue(words.contains("Llama2-13B-Chat"), words.toString());
        assertTrue(words.contains("DeepSeekMoE-16B"), words.toString());
    }

    @Test
    void aCitationBracketGluedToANameIsNotPartOfIt() {
        List<String> words = tokens("We run XLM-R on the CrisisHateMM[4] dataset and compare it with GPT-2[3].");
        assertTrue(words.containsAll(List.of("CrisisHateMM", "[", "4", "]", "GPT-2", "3")), words.toString());
        assertFalse(words.stream().anyMatch(w -> w.length() > 1 && w.contains("[")), words.toString());
    }

    @Test
    void markdownBoldMarksAreNeitherWordsNorPartsOfThem() {
        String text = "To address this gap, we introduce **PILOT-Bench** (**P**atent **I**nvalidation **T**rial Benchmark).";
        AnalyzedText t = TextAnalyzer.get().analyze(text);
        List<String> words = tokens(text);
        assertTrue(words.contains("PILOT-Bench"), words.toString());
        assertFalse(words.stream().anyMatch(w -> w.contains("*")), words.toString());
        // the offsets are the text's own: every word is the text at its span
        for (Sentence s : t.sentences()) {
            for (int k = 0; k < s.words().length; k++) {
                assertEquals(s.words()[k], text.substring(s.tokens()[k].getStart(), s.tokens()[k].getEnd()));
            }
        }
    }

    @Test
    void aCurlyQuoteAroundANameIsPunctuationNotPartOfIt() {
        List<String> words = tokens("Two variants, “Subasa-Llama” and “Subasa-Mistral”, are fine-tuned versions of Llama.");
        assertTrue(words.containsAll(List.of("Subasa-Llama", "Subasa-Mistral", "“", "”")), words.toString());
        assertFalse(words.stream().anyMatch(w -> w.length() > 1 && (w.contains("”") || w.contains("“"))), words.toString());
    }

    @Test
    void anEmDashWithoutSpacesSeparatesWordsButAnEnDashStays() {
        List<String> words = tokens("We test four models\u2014GPT-3.5, GPT-4, Llama3 and Zephyr-7B-Alpha\u2014on the "
                + "Prague Czech\u2013English Dependency Treebank.");
        assertTrue(words.containsAll(List.of("models", "\u2014", "GPT-3.5", "Zephyr-7B-Alpha", "on", "Czech\u2013English")),
                words.toString());
        assertFalse(words.contains(""), words.toString());
    }

    @Test
    void aColonGluedBeforeACapitalisedWordSeparatesWordsButNotInTimesOrLinks() {
        List<String> words = tokens("GGNN@Causal News Corpus 2022:Gated Graph Neural Networks at SemEval-2025 Task 11:Bridging "
                + "the Gap, at 10:30 on https://github.com/Org/Repo");
        assertTrue(words.containsAll(List.of("2022", ":", "Gated", "11", "Bridging", "10:30")), words.toString());
        assertFalse(words.contains("2022:Gated"), words.toString());
        assertTrue(words.stream().anyMatch(w -> w.startsWith("https://github.com")), words.toString());
    }

    @Test
    void theFinalPeriodComesOffANameEndingInASingleLetter() {
        List<String> words = tokens("We fine-tune transformer-based methods including mBERT, T5, XLM-R. Results hold in the U.S.");
        assertTrue(words.containsAll(List.of("XLM-R", ".", "U.S.")), words.toString());
    }

    @Test
    void twoNamesJoinedByAPlusAreTwoTokensButAPlusAtTheEndStays() {
        List<String> words = tokens("Our THOR+Flan-T5 and BERT+CRF beat baselines on HumanEval+ by chrF++.");
        assertTrue(words.containsAll(List.of("THOR", "+", "Flan-T5", "BERT", "CRF", "HumanEval+", "chrF++")),
                words.toString());
    }

    @Test
    void namesJoinedBySlashesAreAListButASizeAfterASlashStaysWithItsName() {
        List<String> words = tokens("Vera outperforms GPT-3.5/ChatGPT/GPT-4, unlike Llama-2-7B/13B and GPT-3.5/4 and/or others.");
        assertTrue(words.containsAll(List.of("GPT-3.5", "/", "ChatGPT", "GPT-4")), words.toString());
        assertTrue(words.containsAll(List.of("Llama-2-7B/13B", "GPT-3.5/4", "and/or")), words.toString());
        List<String> link = tokens("We release it at https://huggingface.co/LumiOpen/Poro-34B for everyone.");
        assertFalse(link.contains("Poro-34B"), link.toString());
        assertTrue(tokens("It reaches 40 TFlops/GPU on one node.").contains("TFlops/GPU"));
    }

    @Test
    void aBracketedListOfVersionedNamesIsNotBrokenIntoSentences() {
        AnalyzedText t = TextAnalyzer.get().analyze(
                "DocCHA outperforms strong baselines (GPT-3.5, GPT-4o, LLaMA-3). It is small. We use GPT-3.5 (Ouyang et al., 2022).");
        assertEquals(3, t.sentences().size(), t.sentences().toString());
        assertTrue(Arrays.asList(t.sentences().get(0).words()).containsAll(List.of("GPT-3.5", "GPT-4o", "LLaMA-3", ")")));
    }

    @Test
    void aFullStopWithNoSpaceAfterItStillEndsTheWordBeforeIt() {
        List<String> words = tokens("We fine-tune PubMedBERT.The results improve on negation.We also try Node.js and Character.AI.");
        assertTrue(words.containsAll(List.of("PubMedBERT", ".", "The", "negation", "We", "Node.js", "Character.AI")),
                words.toString());
        // a name that opens the next sentence may start with capitals; a dotted name is not cut
        List<String> glued = tokens("Memes are used to communicate.YOLOv11 is a baseline. We use ASP.NET and Node.JS here.");
        assertTrue(glued.containsAll(List.of("communicate", ".", "YOLOv11", "ASP.NET", "Node.JS")), glued.toString());
    }

    @Test
    void aCommaWithNoSpaceAfterItIsAWordOfItsOwn() {
        List<String> words = tokens("In this work, we introduce SwordsmanImp,the first Chinese dataset. Other models,including "
                + "GPT3.5 and BERTweet,RoBERTa, fail. We add 1,000 rows and 2,3-butanediol.");
        assertTrue(words.containsAll(List.of("SwordsmanImp", "the", "models", "including", "BERTweet", "RoBERTa")),
                words.toString());
        assertEquals(5, words.stream().filter(","::equals).count(), words.toString());
        // between digits a comma separates thousands or locants, not words
        assertTrue(words.contains("1,000"), words.toString());
        assertTrue(words.stream().anyMatch(w -> w.startsWith("2,3")), words.toString());
    }

    @Test
    void aQuestionMarkWithNoSpaceAfterItEndsTheWordBeforeIt() {
        List<String> words = tokens("Are today's AI capable of similar understanding?We present VisArgs. Is it?Yes.");
        assertTrue(words.containsAll(List.of("understanding", "?", "We", "VisArgs", "it", "Yes")), words.toString());
    }

    @Test
    void namesWithSeveralHyphensAreOneToken() {
        List<String> words = tokens("We present MiniMax-01, including MiniMax-Text-01, while Qwen2.5-Math-7B-Instruct "
                + "scales to o1 level accuracy (i.e., MegaMath-Web-Pro-Max).");
        assertTrue(words.containsAll(List.of("MiniMax-01", "MiniMax-Text-01", "Qwen2.5-Math-7B-Instruct",
                "MegaMath-Web-Pro-Max")), words.toString());
        assertTrue(words.containsAll(List.of("(", "i.e.", ")", ".")), words.toString());
    }

    @Test
    void aVersionedNameBeforeAModifierWordIsItsOwnToken() {
        List<String> words = tokens("This elevates the performance of GPT-3.5 and Mixtral to GPT-4-level, as shown "
                + "on a Llama-2-based model zoo.");
        assertTrue(words.containsAll(List.of("GPT-4", "-", "level", "Llama-2", "based")), words.toString());
    }

    @Test
    void aNameWithoutVersionBeforeAModifierStaysOneWord() {
        List<String> words = tokens("We train GPT-style and LLaMA-based decoders with a state-of-the-art recipe.");
        assertTrue(words.containsAll(List.of("GPT-style", "LLaMA-based", "state-of-the-art")), words.toString());
    }

    @Test
    void aDoubleHyphenSeparatesWords() {
        List<String> words = tokens("In the process of building BLOOM--the Big Science Large Open-science Open-access "
                + "Multilingual language model--our goal is to share it.");
        assertTrue(words.contains("BLOOM"), words.toString());
        assertFalse(words.stream().anyMatch(w -> w.contains("BLOOM-")), words.toString());
    }

    @Test
    void bracketsAndPunctuationStayOutsideTheName() {
        assertEquals(List.of("Using", "the", "best-performing", "model", "(", "RoBERTa-large", ")", ",", "we",
                "construct", "a", "measure", "."), tokens("Using the best-performing model (RoBERTa-large), we construct a measure."));
        assertEquals(List.of("OpenAI", "'s", "GPT-4", "and/or", "GPT-3.5", "."), tokens("OpenAI's GPT-4 and/or GPT-3.5."));
    }
}
