package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NonNameFilterTest {


    private static List<String> kept(MentionFinder inner, String title, String abstractText) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument(title, abstractText);
        return new NonNameFilter(inner).find(t).stream().map(m -> m.text(t)).toList();
    }

    @Test
    void aTitleCaseCompoundOfOrdinaryWordsIsNoNameButAHyphenatedNameIs() {
        // a title capitalises "large-scale"; the same shape with a name part (Flan-T5, Code-Llama) stays
        assertEquals(List.of("WorldValuesBench", "Code-Llama", "Multi-Cultural"),
                kept(FixedFinder.of(MentionType.DATASET, "WorldValuesBench", "Large-Scale", "Multi-Cultural", "Code-Llama"),
                        "WorldValuesBench: A Large-Scale Benchmark Dataset for Code-Llama",
                        "We test Code-Llama on Multi-Cultural prompts."));
    }

    @Test
    void genericArchitecturesAndMethodsAreNoModelsButQualifiedNamesAre() {
        // the guidelines: architecture classes and training methods are neither models nor data
        assertEquals(List.of("Differential Transformer", "O-LoRA"),
                kept(FixedFinder.of(MentionType.MODEL, "BiLSTM", "Random Forests", "LoRA", "Transformer",
                                "Differential Transformer", "O-LoRA", "COVID-19", "MaxEnt", "2x-6x", "LLMs"), "A title",
                        "Unlike BiLSTM, MaxEnt, Random Forests and other LLMs, the Differential Transformer with O-LoRA "
                                + "and plain LoRA classifies COVID-19 tweets 2x-6x faster."));
    }

    @Test
    void aSharedTaskIsDataNotAModelAndATaskNumberAloneIsNoName() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A title",
                "We rank second in SemEval-2025 Task 11 and first in Task 3.");
        List<Mention> kept = new NonNameFilter(FixedFinder.of(MentionType.MODEL, "SemEval-2025 Task 11", "Task 3")).find(t);
        assertEquals(List.of("SemEval-2025 Task 11"), kept.stream().map(m -> m.text(t)).toList());
        assertEquals(MentionType.DATASET, kept.get(0).type());
    }

    @Test
    void theInitialsOfATaskAreNoNameButACorpusNamedByMoreThanItsInitialsIs() {
        assertEquals(List.of("CHILDES"),
                kept(FixedFinder.of(MentionType.DATASET, "IC", "SF", "CHILDES"), "A title",
                        "We study intent classification (IC) and slot filling (SF) on child-directed speech (CHILDES)."));
    }

    @Test
    void aNameWithBasedOrEnhancedIsAnAdjectiveNotAName() {
        assertEquals(List.of("Pinyin-Enhanced Spell Checker"),
                kept(FixedFinder.of(MentionType.MODEL, "LSTM-based", "Wikipedia-based", "Pinyin-Enhanced Spell Checker"),
                        "A title", "An LSTM-based tagger on Wikipedia-based text, unlike the Pinyin-Enhanced Spell Checker."));
    }

    @Test
    void aRangeOfSizesAfterANameIsTheFamilysSpanNotAMember() {
        assertEquals(List.of("LLaMA", "Pythia 70M", "OLMoE-1B-7B"),
                kept(FixedFinder.of(MentionType.MODEL, "LLaMA 7B-65B", "Pythia 70M", "OLMoE-1B-7B"), "A title",
                        "We prompt open LLMs (LLaMA 7B-65B), Pythia 70M and OLMoE-1B-7B."));
    }

    @Test
    void languagesOnTheirOwnAreNoDatasetsButNamesWithALanguageAre() {
        assertEquals(List.of("IndicQA", "English Wikipedia"),
                kept(FixedFinder.of(MentionType.DATASET, "Bengali", "Hindi", "IndicQA", "English Wikipedia"), "A title",
                        "We build IndicQA for two Indic languages, Bengali and Hindi, and pre-train on English Wikipedia."));
    }

    @Test
    void metricsAreNeitherModelsNorDatasets() {
        assertEquals(List.of("Pegasus", "PubMed"),
                kept(FixedFinder.of(MentionType.DATASET, "Pegasus", "ROUGE-L F1", "BLEU", "PubMed"), "A title",
                        "Pegasus reaches a ROUGE-L F1 of 0.27 and a BLEU of 31 on PubMed summaries."));
    }

    @Test
    void aMetricQualifiedByWhatItCountsIsAMetric() {
        assertEquals(List.of("RoBERTa-EM", "CoNLL-2012"),
                kept(FixedFinder.of(MentionType.DATASET, "T-F1", "IOU-F1", "CoNLL-2012", "RoBERTa-EM"), "A title",
                        "RoBERTa-EM (an exact-match model) gains 16.7 points on T-F1 and 4.3 on IOU-F1 over CoNLL-2012 systems."));
    }

    @Test
    void aPluralAbbreviationOfCommonWordsIsAClassNotAName() {
        assertEquals(List.of("RETRO", "SmolVLM"),
                kept(FixedFinder.of(MentionType.MODEL, "MLLMs", "RETRO", "SmolVLM", "SVLMs"), "A title",
                        "Multimodal large language models (MLLMs) convert designs, unlike the Retrieval-Enhanced "
                                + "Transformer (RETRO). We build SmolVLM, a family of small vision-language models (SVLMs)."));
    }

    @Test
    void aSizeTakesTheNameBeforeItAndASizeAloneIsNoModel() {
        assertEquals(List.of("Mixtral 8x22B", "Llama-2-70B"),
                kept(FixedFinder.of(MentionType.MODEL, "8x22B", "7B", "Llama-2-70B"), "A title",
                        "Mixtral 8x22B was trained by Mistral AI. Our 7B model beats Llama-2-70B."));
    }

    @Test
    void addressesAndTeamPrefixesAreDropped() {
        assertEquals(List.of("XLM-R"),
                kept(FixedFinder.of(MentionType.MODEL, "DUTh at SemEval-2024 Task 6", "jane.doe@uni.example.edu", "XLM-R"),
                        "DUTh at SemEval-2024 Task 6: Detecting Hallucinations",
                        "Contact: jane.doe@uni.example.edu. We fine-tune XLM-R for the shared task."));
    }

    @Test
    void organisationsAreExemptFromTheTestsForOtherNames() {
        // "X at Y" is a team's prefix when found as a model, but the name of a university as an organisation
        String text = "The corpus was built with the University at Buffalo.";
        assertEquals(List.of("University at Buffalo"),
                kept(FixedFinder.of(MentionType.ORGANIZATION, "University at Buffalo"), "A title", text));
        assertEquals(List.of(), kept(FixedFinder.of(MentionType.MODEL, "University at Buffalo"), "A title", text));
    }

    @Test
    void aCompanyOpeningAProductNameIsNotTheOrganisationNamed() {
        assertEquals(List.of("NVIDIA", "Salesforce"),
                kept(FixedFinder.of(MentionType.ORGANIZATION, "Google", "NVIDIA", "Salesforce"), "A title",
                        "We compare TextBlob, VADER and the Google Cloud Natural Language API on one NVIDIA A100 GPU, "
                                + "following Salesforce Research."));
    }

    @Test
    void inATitleOnlyACompanyNamedByAnOrdinaryWordOpensATerm() {
        assertEquals(List.of("OpenAI"),
                kept(FixedFinder.of(MentionType.ORGANIZATION, "Meta", "OpenAI"), "Scaling Instruction Meta Learning "
                        + "with OpenAI Models", "We study it."));
    }

    @Test
    void aPlatformHostingTheReleaseAtItsOwnAddressIsNoMaker() {
        assertEquals(List.of("Cerebras"),
                kept(FixedFinder.of(MentionType.ORGANIZATION, "Cerebras", "HuggingFace"), "A title",
                        "Cerebras-GPT models are available on HuggingFace: https://huggingface.co/cerebras."));
    }

    @Test
    void aMakerWithTheAddressOfItsOwnSiteStays() {
        assertEquals(List.of("Meta"),
                kept(FixedFinder.of(MentionType.ORGANIZATION, "Meta"), "A title",
                        "Llama is released by Meta for research use at https://ai.meta.com/llama today."));
    }
}
