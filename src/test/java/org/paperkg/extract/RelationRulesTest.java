package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.ingest.Corpus;
import org.paperkg.ingest.InputProblems;
import org.paperkg.ingest.Paper;

/**
 * The relation rules on real abstracts of the training set (data/train/train.jsonl), run through the
 * whole standard pipeline as the extractor would: each test names the sentence that states the
 * relation, and the negatives the parity wording that must not become "outperforms".
 */
class RelationRulesTest {

    private static Map<String, Paper> papers;
    private static Extractor extractor;

    @BeforeAll
    static void load() throws IOException {
        List<Paper> all = Corpus.read(List.of(Path.of("data/train/train.jsonl")), null, InputProblems.quiet());
        papers = all.stream().collect(Collectors.toMap(Paper::id, Function.identity(), (a, b) -> a));
        extractor = WrittenAbstracts.extractor();
    }

    private static List<ExtractedRelation> relations(String id) {
        Paper paper = papers.get(id);
        assertNotNull(paper, id + " is in the training set");
        return extractor.extract(paper).relations();
    }

    /** The relations the standard extractor finds in a title and abstract written for the test. */
    private static List<ExtractedRelation> relationsOf(String title, String abstractText) {
        Paper paper = WrittenAbstracts.paper(title, abstractText);
        return extractor.extract(paper).relations();
    }

    private static ExtractedRelation find(List<ExtractedRelation> rs, String s, String p, String o) {
        for (ExtractedRelation r : rs) {
            if (r.subject().equals(s) && r.predicate().equals(p) && r.object().equals(o)) {
                return r;
            }
        }
        return null;
    }

    private static void assertRelation(List<ExtractedRelation> rs, String s, String p, String o) {
        assertNotNull(find(rs, s, p, o), () -> s + " " + p + " " + o + " expected among " + describe(rs));
    }

    private static void assertNoRelation(List<ExtractedRelation> rs, String s, String p, String o) {
        ExtractedRelation r = find(rs, s, p, o);
        assertTrue(r == null, () -> s + " " + p + " " + o + " not expected, found by " + (r == null ? "" : r.rule()));
    }

    private static String describe(List<ExtractedRelation> rs) {
        return rs.stream().map(r -> r.subject() + " " + r.predicate() + " " + r.object()).collect(Collectors.joining("; "));
    }

    @Test
    void trainedOnFromPassiveTrainingVerb() {
        // "StarCoderBase is trained on 1 trillion tokens sourced from The Stack, ..."
        assertRelation(relations("train-064"), "StarCoderBase", "trainedOn", "The Stack");
    }

    @Test
    void trainedOnFromApposition() {
        // "we introduce SatVision-TOA, a novel foundation model pre-trained on 14-band MODIS L1B ... imagery"
        assertRelation(relations("train-339"), "SatVision-TOA", "trainedOn", "MODIS L1B");
    }

    @Test
    void evaluatedOnCarriesTheAdjacentScore() {
        // "Ring-1T delivers breakthrough results across critical benchmarks: 93.4 on AIME-2025, 86.72 on
        // HMMT-2025, 2088 on CodeForces, and 55.94 on ARC-AGI-v1."
        List<ExtractedRelation> rs = relations("train-001");
        ExtractedRelation aime = find(rs, "Ring-1T", "evaluatedOn", "AIME-2025");
        assertNotNull(aime, describe(rs));
        assertEquals(93.4, aime.score(), 1e-9);
        ExtractedRelation hmmt = find(rs, "Ring-1T", "evaluatedOn", "HMMT-2025");
        assertNotNull(hmmt, describe(rs));
        assertEquals(86.72, hmmt.score(), 1e-9);
        ExtractedRelation arc = find(rs, "Ring-1T", "evaluatedOn", "ARC-AGI-v1");
        assertNotNull(arc, describe(rs));
        assertEquals(55.94, arc.score(), 1e-9);
    }

    @Test
    void evaluatedOnWithPercentScore() {
        // "Chinchilla reaches a state-of-the-art average accuracy of 67.5% on the MMLU benchmark"
        ExtractedRelation r = find(relations("train-093"), "Chinchilla", "evaluatedOn", "MMLU");
        assertNotNull(r);
        assertEquals(67.5, r.score(), 1e-9);
    }

    @Test
    void evaluatedOnResolvesItToTheOwnModel() {
        // "On LiveCodeBench V6, it scores 51.1, outperforming Magistral Medium's 50.3 ..."
        List<ExtractedRelation> rs = relations("train-333");
        ExtractedRelation own = find(rs, "VibeThinker-1.5B", "evaluatedOn", "LiveCodeBench V6");
        assertNotNull(own, describe(rs));
        assertEquals(51.1, own.score(), 1e-9);
        ExtractedRelation compared = find(rs, "Magistral Medium", "evaluatedOn", "LiveCodeBench V6");
        assertNotNull(compared, describe(rs));
        assertEquals(50.3, compared.score(), 1e-9);
        assertRelation(rs, "VibeThinker-1.5B", "outperforms", "Magistral Medium");
    }

    @Test
    void evaluatedOnGivesComparedModelsTheirOwnNumbers() {
        // "Evaluations show strong performance: overall top 7 rank on LMSYS Chatbot Arena with a score of
        // 1356, outperforming leading models like Gemini-2.0-Flash-001 (1352) and o4-mini-2025-04-16 (1345)."
        List<ExtractedRelation> rs = relations("train-345");
        ExtractedRelation own = find(rs, "Hunyuan-TurboS", "evaluatedOn", "LMSYS Chatbot Arena");
        assertNotNull(own, describe(rs));
        assertEquals(1356.0, own.score(), 1e-9);
        ExtractedRelation gemini = find(rs, "Gemini-2.0-Flash-001", "evaluatedOn", "LMSYS Chatbot Arena");
        assertNotNull(gemini, describe(rs));
        assertEquals(1352.0, gemini.score(), 1e-9);
        assertRelation(rs, "Hunyuan-TurboS", "outperforms", "o4-mini-2025-04-16");
        // "MobileLLM-R1-950M achieves an AIME score of 15.5, compared to just 0.6 for OLMo-2-1.48B"
        List<ExtractedRelation> mobile = relations("train-187");
        assertEquals(15.5, find(mobile, "MobileLLM-R1-950M", "evaluatedOn", "AIME").score(), 1e-9);
        assertEquals(0.6, find(mobile, "OLMo-2-1.48B", "evaluatedOn", "AIME").score(), 1e-9);
    }

    @Test
    void evaluatedOnPairsScoresRespectively() {
        // "called phi-3-small and phi-3-medium, both significantly more capable than phi-3-mini (e.g.,
        // respectively 75% and 78% on MMLU, and 8.7 and 8.9 on MT-bench)"
        List<ExtractedRelation> rs = relations("train-073");
        assertEquals(75.0, find(rs, "phi-3-small", "evaluatedOn", "MMLU").score(), 1e-9);
        assertEquals(78.0, find(rs, "phi-3-medium", "evaluatedOn", "MMLU").score(), 1e-9);
        assertEquals(8.9, find(rs, "phi-3-medium", "evaluatedOn", "MT-bench").score(), 1e-9);
        assertRelation(rs, "phi-3-small", "outperforms", "phi-3-mini");
        assertRelation(rs, "phi-3-medium", "outperforms", "phi-3-mini");
    }

    @Test
    void evaluatedOnEveryBenchmarkOfAList() {
        // "Baichuan 2 matches or outperforms other open-source models of similar size on public benchmarks
        // like MMLU, CMMLU, GSM8K, and HumanEval."
        List<ExtractedRelation> rs = relations("train-080");
        for (String bench : List.of("MMLU", "CMMLU", "GSM8K", "HumanEval")) {
            assertRelation(rs, "Baichuan 2", "evaluatedOn", bench);
        }
    }

    @Test
    void outperformsEveryModelOfACoordinatedList() {
        // "Chinchilla uniformly and significantly outperforms Gopher (280B), GPT-3 (175B), Jurassic-1
        // (178B), and Megatron-Turing NLG (530B) on a large range of downstream evaluation tasks."
        List<ExtractedRelation> rs = relations("train-093");
        for (String beaten : List.of("Gopher", "GPT-3", "Jurassic-1", "Megatron-Turing NLG")) {
            assertRelation(rs, "Chinchilla", "outperforms", beaten);
        }
    }

    @Test
    void outperformsThroughSuchAsAndSuperiorCompared() {
        // "SOLAR 10.7B outperforms existing open-source pretrained LLMs, such as Llama 2 and Mistral 7B."
        List<ExtractedRelation> solar = relations("train-145");
        assertRelation(solar, "SOLAR 10.7B", "outperforms", "Llama 2");
        assertRelation(solar, "SOLAR 10.7B", "outperforms", "Mistral 7B");
        // "DeepSeek-Coder-V2 achieves superior performance compared to closed-source models such as
        // GPT4-Turbo, Claude 3 Opus, and Gemini 1.5 Pro"
        List<ExtractedRelation> coder = relations("train-056");
        assertRelation(coder, "DeepSeek-Coder-V2", "outperforms", "Claude 3 Opus");
        assertRelation(coder, "DeepSeek-Coder-V2", "outperforms", "Gemini 1.5 Pro");
    }

    @Test
    void comparableToIsNotOutperforms() {
        // "our Retrieval-Enhanced Transformer (RETRO) obtains comparable performance to GPT-3 and
        // Jurassic-1 on the Pile"
        List<ExtractedRelation> rs = relations("train-008");
        assertFalse(rs.stream().anyMatch(r -> r.predicate().equals("outperforms")), describe(rs));
    }

    @Test
    void rivalsIsNotOutperformsButTheSurpassedModelIs() {
        // "K2 DIAMOND, a 65 billion-parameter LLM that surpasses LLaMA-65B and rivals LLaMA2-70B"
        List<ExtractedRelation> rs = relations("train-191");
        assertTrue(rs.stream().anyMatch(r -> r.predicate().equals("outperforms") && r.object().equals("LLaMA-65B")),
                describe(rs));
        assertFalse(rs.stream().anyMatch(r -> r.predicate().equals("outperforms") && r.object().equals("LLaMA2-70B")),
                describe(rs));
    }

    @Test
    void basedOnFromPreTrainedFrom() {
        // "DeepSeek-Coder-V2 is further pre-trained from an intermediate checkpoint of DeepSeek-V2"
        assertRelation(relations("train-056"), "DeepSeek-Coder-V2", "basedOn", "DeepSeek-V2");
    }

    @Test
    void basedOnFromFineTuneToProduce() {
        // "fine-tune Qwen2.5-32B-Instruct on this dataset to produce M1-32B"
        assertRelation(relations("train-248"), "M1-32B", "basedOn", "Qwen2.5-32B-Instruct");
    }

    @Test
    void basedOnArchitecture() {
        // "YuE, a family of open foundation models based on the LLaMA2 architecture"
        assertRelation(relations("train-018"), "YuE", "basedOn", "LLaMA2");
    }

    @Test
    void basedOnFromAnOpeningBuildingOnPhrase() {
        // "Building on the foundation of Ferret-UI, Ferret-UI 2 introduces three key innovations": the name
        // after the comma is the main clause's subject, not one more item of the list after "of".
        List<ExtractedRelation> rs = relations("train-274");
        assertRelation(rs, "Ferret-UI 2", "basedOn", "Ferret-UI");
        List<ExtractedRelation> tulu = relationsOf("Tulu 3: Pushing Frontiers in Open Language Model Post-Training",
                "We introduce Tulu 3, a family of open post-trained models. Building upon Llama 3, Tulu 3 introduces "
                        + "new post-training recipes and data.");
        assertRelation(tulu, "Tulu 3", "basedOn", "Llama 3");
        assertNoRelation(tulu, "Llama 3", "basedOn", "Tulu 3");
    }

    @Test
    void basedOnFromDevelopedUponAndInheritedArchitecture() {
        List<ExtractedRelation> sphinx = relationsOf("SPHINX-X: Scaling Data and Parameters for Multi-modal Models",
                "We propose SPHINX-X, an extensive multimodal large language model series developed upon SPHINX.");
        assertRelation(sphinx, "SPHINX-X", "basedOn", "SPHINX");
        List<ExtractedRelation> mega = relationsOf("Megalodon: Efficient LLM Pretraining with Unlimited Context Length",
                "We introduce Megalodon, a neural architecture for sequence modeling. Megalodon inherits the "
                        + "architecture of Mega (exponential moving average with gated attention), and further "
                        + "introduces multiple technical components.");
        assertRelation(mega, "Megalodon", "basedOn", "Mega");
    }

    @Test
    void basedOnEveryBaseModelOfAListAndNotOnReplacedOnes() {
        List<ExtractedRelation> rs = relationsOf("Lynx-V: Scaling Multimodal Models across Base LLMs",
                "We present Lynx-V, a series of multimodal large language models. By training over different base "
                        + "LLMs including TinyLlama-1.1B, InternLM2-7B, and Mistral-7B, we obtain a spectrum of "
                        + "models that vary in parameter size.");
        assertRelation(rs, "Lynx-V", "basedOn", "TinyLlama-1.1B");
        assertRelation(rs, "Lynx-V", "basedOn", "InternLM2-7B");
        assertRelation(rs, "Lynx-V", "basedOn", "Mistral-7B");
        List<ExtractedRelation> replaced = relationsOf("Wave-VL: A Multimodal State Space Model",
                "We propose Wave-VL, a multimodal large language model based on state space models. We replace "
                        + "the transformer-based backbone language model such as LLaMA or Vicuna with a pre-trained "
                        + "state space language model.");
        assertNoRelation(replaced, "Wave-VL", "basedOn", "LLaMA");
        assertNoRelation(replaced, "Wave-VL", "basedOn", "Vicuna");
    }

    @Test
    void evaluatedOnForEveryModelAMethodEnables() {
        List<ExtractedRelation> rs = relationsOf("Guided Decoding for Small Reasoners",
                "We propose a guided decoding method for small language models. On the MATH500 and GSM8K "
                        + "benchmarks, our method enables Llama-3.2-1B-Instruct to match the performance of much "
                        + "larger models, and allows Qwen3-1.7B to reach o1-like reasoning accuracy.");
        assertRelation(rs, "Llama-3.2-1B-Instruct", "evaluatedOn", "MATH500");
        assertRelation(rs, "Qwen3-1.7B", "evaluatedOn", "MATH500");
        assertRelation(rs, "Qwen3-1.7B", "evaluatedOn", "GSM8K");
    }

    @Test
    void evaluatedOnForTheOwnModelWhenAResultSentenceNamesNoModel() {
        List<ExtractedRelation> rs = relationsOf("CTFound: A 3D Vision-Language Foundation Model for Computed Tomography",
                "We introduce CTFound, a 3D vision-language foundation model for computed tomography. CTFound is "
                        + "trained on paired CT scans and radiology reports. We perform internal validation on a "
                        + "held-out test set, and external validation on two public CT datasets (VerSe and "
                        + "TotalSegmentator), where segmentation accuracy improves over prior methods.");
        assertRelation(rs, "CTFound", "evaluatedOn", "VerSe");
        assertRelation(rs, "CTFound", "evaluatedOn", "TotalSegmentator");
        List<ExtractedRelation> background = relationsOf("MediChat: Dynamic Verification for Medical Reasoning",
                "There is a notable gap between the performance of medical LLMs on static benchmarks such as "
                        + "MedQA and their utility in clinical practice. We introduce MediChat, a 32B-parameter "
                        + "medical reasoning model trained with reinforcement learning.");
        assertNoRelation(background, "MediChat", "evaluatedOn", "MedQA");
    }

    @Test
    void evaluatedOnForTheModelAResultIsMeasuredOn() {
        List<ExtractedRelation> rs = relationsOf("StableClip: Adaptive Gradient Clipping for Stable Pre-training",
                "We propose StableClip, an adaptive gradient clipping method for language model pre-training. "
                        + "On Llama-2 7B, StableClip eliminates loss spikes while reducing WikiText perplexity by 3.5%.");
        assertRelation(rs, "Llama-2 7B", "evaluatedOn", "WikiText");
        List<ExtractedRelation> trained = relationsOf("Data Mixing for Small Models",
                "We study data mixtures for small language models. Models trained on Llama-2 7B outputs reach "
                        + "higher accuracy on GSM8K than models trained on human data.");
        assertNoRelation(trained, "Llama-2 7B", "evaluatedOn", "GSM8K");
    }

    @Test
    void trainedOnFromAnOpeningParticiplePhrase() {
        // "Trained on 4.2M global time series samples from NASA's Harmonized Landsat and Sentinel-2 data archive
        // at 30m resolution, the new 300M and 600M parameter models incorporate ...": the paper's new models.
        assertRelation(relations("train-359"), "Prithvi-EO-2.0", "trainedOn", "Harmonized Landsat and Sentinel-2");
        // "the baseline models" are not the paper's own.
        List<ExtractedRelation> rs = relationsOf("Orca-Lite: A Small Reasoning Model",
                "We present Orca-Lite, a compact reasoning model. Trained only on The Pile, the baseline models "
                        + "struggle on multi-step problems.");
        assertNoRelation(rs, "Orca-Lite", "trainedOn", "The Pile");
    }

    @Test
    void trainedOnThisDatasetGoesIntoTheProducedModel() {
        // "We construct M500, a high-quality dataset ..., and fine-tune Qwen2.5-32B-Instruct on this dataset to
        // produce M1-32B": "this dataset" is M500, and the data went into M1-32B.
        List<ExtractedRelation> rs = relations("train-248");
        assertRelation(rs, "M1-32B", "trainedOn", "M500");
        assertRelation(rs, "M1-32B", "basedOn", "Qwen2.5-32B-Instruct");
        assertNoRelation(rs, "Qwen2.5-32B-Instruct", "trainedOn", "M500");
    }

    @Test
    void trainedOnGoesIntoTheModelTheTrainingMakes() {
        List<ExtractedRelation> chat = relationsOf("FooChat: Open Chat Models",
                "We introduce FooChat-7B, an open chat model. We fine-tune Llama 2 on UltraChat to obtain FooChat-7B.");
        assertRelation(chat, "FooChat-7B", "trainedOn", "UltraChat");
        assertRelation(chat, "FooChat-7B", "basedOn", "Llama 2");
        assertNoRelation(chat, "Llama 2", "trainedOn", "UltraChat");
        List<ExtractedRelation> llemma = relationsOf("Llemma: An Open Language Model for Mathematics",
                "We present Llemma-7B, a language model for mathematics. Starting from Llama 2, we continue "
                        + "pre-training on Proof-Pile-2 to obtain Llemma-7B.");
        assertRelation(llemma, "Llemma-7B", "trainedOn", "Proof-Pile-2");
        assertRelation(llemma, "Llemma-7B", "basedOn", "Llama 2");
    }

    @Test
    void trainedOnFromUseDataToTrain() {
        List<ExtractedRelation> rs = relationsOf("Foo: An Open Model",
                "We introduce Foo-7B, an open language model. We use SlimPajama to train Foo-7B.");
        assertRelation(rs, "Foo-7B", "trainedOn", "SlimPajama");
    }

    @Test
    void basedOnFromObtainedByFineTuning() {
        // "M is obtained by fine-tuning N": M is made from N.
        List<ExtractedRelation> rs = relationsOf("Foo: An Open Model",
                "We introduce Foo-7B, an open language model. Foo-7B is obtained by fine-tuning Mistral 7B on "
                        + "medical question answering data.");
        assertRelation(rs, "Foo-7B", "basedOn", "Mistral 7B");
        assertNoRelation(rs, "Mistral 7B", "basedOn", "Foo-7B");
    }

    @Test
    void outperformsFromAnOpeningComparedToPhrase() {
        // "Compared to DeepSeek-Coder-33B, DeepSeek-Coder-V2 demonstrates significant advancements in ..."
        List<ExtractedRelation> rs = relations("train-056");
        assertRelation(rs, "DeepSeek-Coder-V2", "outperforms", "DeepSeek-Coder-33B");
        assertNoRelation(rs, "DeepSeek-Coder-V2", "outperforms", "DeepSeek-Coder-V2");
    }

    @Test
    void partOfFromSeriesIncludes() {
        // "the GLM-4 language series, which includes GLM-4, GLM-4-Air, and GLM-4-9B"
        List<ExtractedRelation> rs = relations("train-012");
        assertRelation(rs, "GLM-4-Air", "partOf", "GLM-4");
        assertRelation(rs, "GLM-4-9B", "partOf", "GLM-4");
        assertNoRelation(rs, "GLM-4", "partOf", "GLM-4");
    }

    @Test
    void partOfFromTheSeriesOfTheOwnModel() {
        // "We introduce Ling 2.0, a series ... The series includes three non-thinking (instruct) models -
        // Ling-mini-2.0, Ling-flash-2.0, and Ling-1T"
        List<ExtractedRelation> rs = relations("train-000");
        for (String member : List.of("Ling-mini-2.0", "Ling-flash-2.0", "Ling-1T")) {
            assertRelation(rs, member, "partOf", "Ling 2.0");
        }
    }

    @Test
    void partOfFromSizeAndTierVariantNames() {
        // "On 0-shot MMLU, UL2 20B outperforms T0 and T5 models." next to "UL2"
        assertRelation(relations("train-302"), "UL2 20B", "partOf", "UL2");
        // "... on OPT-6.7B and OPT-30B" next to "OPT"
        assertRelation(relations("train-295"), "OPT-6.7B", "partOf", "OPT");
        // "phi-3-mini", "phi-3-small", "phi-3-medium" of the paper's own "Phi-3"
        assertRelation(relations("train-073"), "phi-3-small", "partOf", "Phi-3");
    }

    @Test
    void developedByFromOrganisationAsSubject() {
        // "The BigCode community, an open-scientific collaboration ..., introduces StarCoder and StarCoderBase"
        List<ExtractedRelation> rs = relations("train-064");
        assertRelation(rs, "StarCoder", "developedBy", "BigCode");
        assertRelation(rs, "StarCoderBase", "developedBy", "BigCode");
    }

    @Test
    void developedByForTheMembersListedAfterOrganisationModels() {
        // "We refer to GPT-3 and its successor OpenAI models, including ChatGPT and GPT4, as ..."
        List<ExtractedRelation> rs = relations("train-289");
        assertRelation(rs, "ChatGPT", "developedBy", "OpenAI");
        assertRelation(rs, "GPT-4", "developedBy", "OpenAI");
    }

    @Test
    void developedByTheListingOrganisationForIntroducedModels() {
        // org line "inclusionAI inclusionAI"; "We present Ring-1T, ..."
        assertRelation(relations("train-001"), "Ring-1T", "developedBy", "inclusionAI");
    }

    @Test
    void evidenceIsTheSentence() {
        Paper paper = papers.get("train-093");
        PaperFacts facts = extractor.extract(paper);
        ExtractedRelation r = find(facts.relations(), "Chinchilla", "outperforms", "Gopher");
        assertNotNull(r);
        String evidence = facts.text().covered(r.start(), r.end());
        assertTrue(evidence.contains("outperforms Gopher"), evidence);
        assertFalse(r.rule().isBlank());
        assertTrue(r.confidence() > 0 && r.confidence() <= 1);
    }

    @Test
    void outperformsFromScoresMarkedAsOnlyInAComparison() {
        List<ExtractedRelation> rs = relationsOf("Tiny-R1: Small Reasoners",
                "We present Tiny-R1, a series of small reasoning models. For example, Tiny-R1-900M achieves an AIME "
                        + "score of 15.5, compared to just 0.6 for Qwen2.5-1.5B and 0.3 for SmolLM2-1.7B.");
        assertRelation(rs, "Tiny-R1-900M", "outperforms", "Qwen2.5-1.5B");
        assertRelation(rs, "Tiny-R1-900M", "outperforms", "SmolLM2-1.7B");
        // Without "just"/"only" the numbers alone do not say which side is better.
        List<ExtractedRelation> plain = relationsOf("Tiny-R1: Small Reasoners",
                "We present Tiny-R1, a series of small reasoning models. For example, Tiny-R1-900M achieves an AIME "
                        + "score of 15.5, compared to 16.2 for Qwen2.5-1.5B and 0.3 for SmolLM2-1.7B.");
        assertRelation(plain, "Qwen2.5-1.5B", "evaluatedOn", "AIME");
        assertNoRelation(plain, "Tiny-R1-900M", "outperforms", "Qwen2.5-1.5B");
        assertNoRelation(plain, "Tiny-R1-900M", "outperforms", "SmolLM2-1.7B");
    }

    @Test
    void partOfFromAVersionSuffixOnlyForTheOwnFamily() {
        List<ExtractedRelation> own = relationsOf("KoLM: A Family of Korean Language Models",
                "We present the KoLM family of models, trained for Korean text generation. We publicly release KoLM "
                        + "in two sizes, along with the newer KoLM-v2 model.");
        assertRelation(own, "KoLM-v2", "partOf", "KoLM");
        // Neither name is the paper's own: a compared model's version says nothing the text states.
        List<ExtractedRelation> compared = relationsOf("Evaluating Summarisation Models",
                "We evaluate Pegasus, Pegasus-v2 and BART on clinical summarisation and find that all of them "
                        + "struggle with rare terms.");
        assertNoRelation(compared, "Pegasus-v2", "partOf", "Pegasus");
    }

    @Test
    void outperformsEveryBracketedModelOfAListOfModelClasses() {
        List<ExtractedRelation> rs = relationsOf("ClimaX: A Dataset for Climate Extraction",
                "We introduce ClimaX, a corpus for climate information extraction. Systematic evaluation shows "
                        + "Llama-3.3-70B achieves state-of-the-art performance (F1: 0.378), outperforming larger "
                        + "commercial models (GPT-4o) and domain-adapted baselines (Mistral-7B) by 11-58%.");
        assertRelation(rs, "Llama-3.3-70B", "outperforms", "GPT-4o");
        assertRelation(rs, "Llama-3.3-70B", "outperforms", "Mistral-7B");
        // A new verb phrase after the bracket is not part of the list.
        List<ExtractedRelation> verb = relationsOf("ClimaX: A Dataset for Climate Extraction",
                "We introduce ClimaX, a corpus for climate information extraction. Systematic evaluation shows "
                        + "Llama-3.3-70B achieves state-of-the-art performance (F1: 0.378), outperforming larger "
                        + "commercial models (GPT-4o) and is trained on far less data than baselines (Mistral-7B).");
        assertRelation(verb, "Llama-3.3-70B", "outperforms", "GPT-4o");
        assertNoRelation(verb, "Llama-3.3-70B", "outperforms", "Mistral-7B");
    }

    @Test
    void outperformsThroughThePerformanceOfItsObject() {
        List<ExtractedRelation> rs = relationsOf("Reasoning models",
                "The final model, MiMo-7B-RL, achieves superior results on mathematics tasks, surpassing the performance of "
                        + "OpenAI o1-mini.");
        assertRelation(rs, "MiMo-7B-RL", "outperforms", "OpenAI o1-mini");
        // another noun before "of" is no measure of the model: "the release of" says nothing of superiority
        assertNoRelation(relationsOf("Reasoning models",
                "The final model, MiMo-7B-RL, surpasses the release of OpenAI o1-mini in coverage."),
                "MiMo-7B-RL", "outperforms", "OpenAI o1-mini");
    }

    @Test
    void aModelDefinedAsAKindOfAnotherIsBasedOnIt() {
        assertRelation(relationsOf("Bangla sentiment analysis",
                "Our primary aim was to utilize BanglaBert, a BERT model pre-trained on a large Bangla corpus, with "
                        + "various strategies."), "BanglaBert", "basedOn", "BERT");
        // a model named inside a definition that it does not head is only compared with
        assertNoRelation(relationsOf("Bangla sentiment analysis",
                "Our primary aim was to utilize BanglaBert, a model that beats BERT on a large Bangla corpus."),
                "BanglaBert", "basedOn", "BERT");
    }

    @Test
    void aBracketedDescriptionOfAListItemNeitherJoinsNorEndsTheList() {
        List<ExtractedRelation> rs = relationsOf("STEREO: A Corpus of Stereotypes in Italian",
                "We present STEREO, a corpus of social media texts annotated for stereotypes. Finally, text "
                        + "classification experiments have been carried out with a fine-tuned version of AlBERTo (a "
                        + "BERT-based model pre-trained on Italian tweets) and mBERT, obtaining good results.");
        assertRelation(rs, "AlBERTo", "evaluatedOn", "STEREO");
        assertRelation(rs, "mBERT", "evaluatedOn", "STEREO");
        // the model the description names is not one of the models tried
        assertNoRelation(rs, "BERT", "evaluatedOn", "STEREO");
    }

    @Test
    void aModelComparedWithOnADatasetIsEvaluatedOnIt() {
        List<ExtractedRelation> rs = relationsOf("Foo-VL: Honest Document Reading",
                "We present Foo-VL, a vision-language model for document reading. Experiments demonstrate that "
                        + "Foo-VL achieves a 22% absolute improvement in accuracy over GPT-4o on DocVQA.");
        assertRelation(rs, "Foo-VL", "evaluatedOn", "DocVQA");
        assertRelation(rs, "GPT-4o", "evaluatedOn", "DocVQA");
        // compared on another dataset than the one the result is on
        List<ExtractedRelation> other = relationsOf("Foo-VL: Honest Document Reading",
                "We present Foo-VL, a vision-language model for document reading. Foo-VL reaches 80.1% on "
                        + "ChartQA, a gain of 5% over GPT-4o on DocVQA.");
        assertRelation(other, "GPT-4o", "evaluatedOn", "DocVQA");
        assertNoRelation(other, "GPT-4o", "evaluatedOn", "ChartQA");
    }

    @Test
    void versionsThatAListIntroducesAreNoVersionsOfTheModelBefore() {
        List<ExtractedRelation> rs = relationsOf("Bias in Sentiment Analysis Services",
                "We audit sentiment analysis tools for disability bias. Our study covers DistilBERT, a distilled "
                        + "version of BERT, and two toxicity detection models, namely two versions of Toxic-BERT.");
        assertRelation(rs, "DistilBERT", "basedOn", "BERT");
        assertNoRelation(rs, "DistilBERT", "basedOn", "Toxic-BERT");
    }

    @Test
    void examplesOfANounThatAchievesAResultAreItsSubject() {
        List<ExtractedRelation> rs = relationsOf("Judging Step-wise Math Proofs",
                "We study step-wise grading of math proofs. A systematic evaluation of 29 leading LLMs on GSM8K "
                        + "reveals a surprising reality: even top models like GPT-4o achieve less than 10% overall accuracy.");
        assertRelation(rs, "GPT-4o", "evaluatedOn", "GSM8K");
        // examples that the result verb does not follow stay governed by "like"
        List<ExtractedRelation> governed = relationsOf("Judging Step-wise Math Proofs",
                "We study step-wise grading of math proofs. We compare with models like GPT-4o on GSM8K, where "
                        + "Qwen2.5-7B achieves 80.2% accuracy.");
        assertNoRelation(governed, "GPT-4o", "evaluatedOn", "GSM8K");
    }

    @Test
    void aModelThatLagsBehindIsOutperformedByTheModelsAfterTheVerb() {
        List<ExtractedRelation> rs = relationsOf("Arabic LLMs",
                "Our study reveals that LLaMA-3-70B lags behind the closed LLMs like ChatGPT in dialectal Arabic. "
                        + "Mistral-7B underperforms GPT-4 and Claude 3 on every task, and falls short of Llama-3-8B.");
        assertRelation(rs, "ChatGPT", "outperforms", "LLaMA-3-70B");
        assertRelation(rs, "GPT-4", "outperforms", "Mistral-7B");
        assertRelation(rs, "Claude 3", "outperforms", "Mistral-7B");
        assertRelation(rs, "Llama-3-8B", "outperforms", "Mistral-7B");
        assertNoRelation(rs, "Llama-3-8B", "outperforms", "GPT-4");
        assertNoRelation(rs, "LLaMA-3-70B", "outperforms", "ChatGPT");
    }

    @Test
    void aModelThatDoesNotLagBehindIsNotOutperformed() {
        List<ExtractedRelation> rs = relationsOf("Small models",
                "We find that Mistral-7B does not lag behind GPT-4 on MMLU.");
        assertNoRelation(rs, "GPT-4", "outperforms", "Mistral-7B");
    }

    @Test
    void everyModelOfABracketedListOfVersionedNamesIsOutperformed() {
        List<ExtractedRelation> rs = relationsOf("DocCHA: interactive diagnosis",
                "We propose DocCHA, a diagnosis model. DocCHA consistently outperforms strong prompting-based LLM "
                        + "baselines (GPT-3.5, GPT-4o, LLaMA-3), achieving up to 5.18% higher accuracy.");
        for (String rival : List.of("GPT-3.5", "GPT-4o", "LLaMA-3")) {
            assertRelation(rs, "DocCHA", "outperforms", rival);
        }
    }

    @Test
    void aFrontedListOfBenchmarksSharesTheSubjectAfterIt() {
        List<ExtractedRelation> rs = relationsOf("DocCHA: interactive diagnosis",
                "We propose DocCHA, a diagnosis model. Evaluated on two datasets (IMCS21, DX), DocCHA achieves the "
                        + "best accuracy. Evaluated on MMLU, GSM8K and MATH, DocCHA improves further.");
        for (String benchmark : List.of("IMCS21", "DX", "MMLU", "GSM8K", "MATH")) {
            assertRelation(rs, "DocCHA", "evaluatedOn", benchmark);
        }
    }

    @Test
    void modelsWeSetOutToEvaluateAreEvaluatedOnTheOwnBenchmark() {
        List<ExtractedRelation> rs = relationsOf("Counting-Stars: a long-context benchmark",
                "We propose Counting-Stars, a multi-evidence, position-aware, and scalable benchmark designed to "
                        + "evaluate long-context LLMs. Using "
                        + "Counting-Stars, we conducted experiments to evaluate several long-context LLMs, including "
                        + "GPT-4 Turbo, Gemini 1.5 Pro, and Moonshot-v1.");
        for (String model : List.of("GPT-4 Turbo", "Gemini 1.5 Pro", "Moonshot-v1")) {
            assertRelation(rs, model, "evaluatedOn", "Counting-Stars");
        }
        List<ExtractedRelation> notOurs = relationsOf("Counting-Stars: a long-context benchmark",
                "We propose Counting-Stars, a scalable benchmark. It is built to evaluate GPT-4 Turbo and "
                        + "Moonshot-v1 models that we trained earlier.");
        assertNoRelation(notOurs, "GPT-4 Turbo", "evaluatedOn", "Counting-Stars");
    }

    @Test
    void theOrganisationOfThePeopleWhoMakeAModelDevelopedIt() {
        List<ExtractedRelation> rs = relationsOf("Small models at scale",
                "Researchers at NVIDIA trained Nemotron-4 340B on 9T tokens. In this work, we (Microsoft Research) "
                        + "introduce Phi-2, a small language model. Google and Meta release Gemma-2B and Llama-3-8B.");
        assertRelation(rs, "Nemotron-4 340B", "developedBy", "NVIDIA");
        assertRelation(rs, "Phi-2", "developedBy", "Microsoft Research");
        // two makers and two models: which made which is not said
        assertNoRelation(rs, "Gemma-2B", "developedBy", "Meta");
        assertNoRelation(rs, "Llama-3-8B", "developedBy", "Google");
    }

    @Test
    void aModelYieldedByAdaptingAnotherIsBasedOnIt() {
        List<ExtractedRelation> rs = relationsOf("Domain adaptation",
                "We adapt BERT to the biomedical domain, yielding BioBERT.");
        assertRelation(rs, "BioBERT", "basedOn", "BERT");
    }

    @Test
    void dataUsedAsPretrainingDataIsTrainedOnNotEvaluatedOn() {
        List<ExtractedRelation> rs = relationsOf("Web data only",
                "Using RefinedWeb as pretraining data, Falcon-40B reaches strong results on MMLU.");
        assertRelation(rs, "Falcon-40B", "trainedOn", "RefinedWeb");
        assertNoRelation(rs, "Falcon-40B", "evaluatedOn", "RefinedWeb");
        assertNoRelation(rs, "Falcon-40B", "trainedOn", "MMLU");
        assertRelation(rs, "Falcon-40B", "evaluatedOn", "MMLU");
    }

    @Test
    void theDataAfterTheBaseModelOrTheMakerOfAFineTunedModelIsItsTrainingData() {
        List<ExtractedRelation> rs = relationsOf("Math reasoning",
                "We present Orca-Math-R, a 7B model fine-tuned from Mistral-7B-v0.3 on MetaMathQA. Built on "
                        + "Llama-3.1-70B-Instruct, Nemotron-Reason-70B is fine-tuned by NVIDIA on OpenMathReasoning and "
                        + "OpenCodeReasoning, two synthetic corpora.");
        assertRelation(rs, "Orca-Math-R", "trainedOn", "MetaMathQA");
        assertRelation(rs, "Orca-Math-R", "basedOn", "Mistral-7B-v0.3");
        assertNoRelation(rs, "Mistral-7B-v0.3", "trainedOn", "MetaMathQA");
        assertRelation(rs, "Nemotron-Reason-70B", "trainedOn", "OpenMathReasoning");
        assertRelation(rs, "Nemotron-Reason-70B", "trainedOn", "OpenCodeReasoning");
        assertRelation(rs, "Nemotron-Reason-70B", "developedBy", "NVIDIA");
    }

    @Test
    void aContinuedPretrainingOfAModelIsBasedOnItAndTrainedOnTheData() {
        List<ExtractedRelation> rs = relationsOf("Llemma",
                "Llemma-34B is a continued pre-training of Code Llama 34B on Proof-Pile-2.");
        assertRelation(rs, "Llemma-34B", "basedOn", "Code Llama 34B");
        assertRelation(rs, "Llemma-34B", "trainedOn", "Proof-Pile-2");
        assertNoRelation(rs, "Code Llama 34B", "trainedOn", "Proof-Pile-2");
    }

    @Test
    void theSameArchitectureAsAModelThroughModifiersIsBasedOnIt() {
        List<ExtractedRelation> rs = relationsOf("Small hybrids",
                "Zamba-Lite-2B uses the same hybrid Mamba-attention architecture as Zamba2-2.7B. TinyLlama-1.1B adopts "
                        + "exactly the same architecture and tokenizer as Llama 2. Foo-7B uses the same data as Bar-7B.");
        assertRelation(rs, "Zamba-Lite-2B", "basedOn", "Zamba2-2.7B");
        assertRelation(rs, "TinyLlama-1.1B", "basedOn", "Llama 2");
        assertNoRelation(rs, "Foo-7B", "basedOn", "Bar-7B");
    }

    @Test
    void aMakerInBracketsOrBeforeTheCommaOfAnOpeningParticipleDevelopedTheModel() {
        List<ExtractedRelation> rs = relationsOf("Frontier models on code",
                "We benchmark frontier models, namely GPT-4o (OpenAI), Claude 3.5 Sonnet (Anthropic) and Gemini 1.5 "
                        + "Pro (Google), on SciCode-Hard. Developed jointly by NVIDIA and Georgia Tech, Eagle-X5-13B is "
                        + "trained on Cambrian data. We compare LLaMA (Touvron et al., 2023).");
        assertRelation(rs, "GPT-4o", "developedBy", "OpenAI");
        assertRelation(rs, "Claude 3.5 Sonnet", "developedBy", "Anthropic");
        assertRelation(rs, "Gemini 1.5 Pro", "developedBy", "Google");
        assertRelation(rs, "Eagle-X5-13B", "developedBy", "NVIDIA");
    }

    @Test
    void aheadOfWinsAgainstTopsAndRemainsBehindRankModels() {
        List<ExtractedRelation> rs = relationsOf("Theorem proving",
                "On miniF2F-test, Llemma-2 proves 61.5% of theorems, ahead of DeepSeek-Prover-V1.5-RL at 60.2%. "
                        + "Aya-32B wins against Gemma-2-27B on m-ArenaHard. Tulu-3-405B tops DeepSeek-V3 on GSM8K. "
                        + "Mistral-7B is still behind GPT-4o. We are ahead of schedule with Qwen2-7B.");
        assertRelation(rs, "Llemma-2", "outperforms", "DeepSeek-Prover-V1.5-RL");
        assertRelation(rs, "Aya-32B", "outperforms", "Gemma-2-27B");
        assertRelation(rs, "Tulu-3-405B", "outperforms", "DeepSeek-V3");
        assertRelation(rs, "GPT-4o", "outperforms", "Mistral-7B");
        assertNoRelation(rs, "Mistral-7B", "outperforms", "GPT-4o");
    }

    @Test
    void aDescriptionFromAnOrganisationOrARelativeClauseWithItNamesTheMaker() {
        List<ExtractedRelation> rs = relationsOf("Open models",
                "We introduce Gemma 3, a family of open multimodal models from Google DeepMind ranging from 1B to "
                        + "27B parameters. Yi-Coder-9B, the latest code model from 01.AI, is strong. We study "
                        + "Phi-4-mini-reasoning, which Microsoft derived from Phi-4-mini through distillation. We compare "
                        + "Llama-2-7B, trained from scratch, with models from Google.");
        assertRelation(rs, "Gemma 3", "developedBy", "Google DeepMind");
        assertRelation(rs, "Yi-Coder-9B", "developedBy", "01.AI");
        assertRelation(rs, "Phi-4-mini-reasoning", "developedBy", "Microsoft");
        assertNoRelation(rs, "Llama-2-7B", "developedBy", "Google");
    }

    @Test
    void aModelThatRanksAboveOthersOutperformsThem() {
        List<ExtractedRelation> rs = relationsOf("Gemma 3",
                "Gemma 3 27B is evaluated on MMMU and Chatbot Arena, where it ranks above Llama 3.1 405B and DeepSeek-V3.");
        assertRelation(rs, "Gemma 3 27B", "outperforms", "Llama 3.1 405B");
        assertRelation(rs, "Gemma 3 27B", "outperforms", "DeepSeek-V3");
    }

    @Test
    void aVersionAfterADatasetNameBelongsToTheName() {
        List<ExtractedRelation> rs = relationsOf("SWE-Fixer",
                "SWE-Fixer-32B is obtained by continued pre-training on The Stack v2 followed by fine-tuning on SWE-Gym "
                        + "trajectories.");
        assertRelation(rs, "SWE-Fixer-32B", "trainedOn", "Stack v2");
        assertRelation(rs, "SWE-Fixer-32B", "trainedOn", "SWE-Gym");
    }

    @Test
    void theWinnerOfAComparisonOnABenchmarkIsEvaluatedOnIt() {
        List<ExtractedRelation> rs = relationsOf("Gemma 3: Open Multimodal Models from 1B to 27B",
                "We introduce Gemma 3, a family of open multimodal models from Google DeepMind ranging from 1B to 27B "
                        + "parameters. Gemma 3 27B beats Gemini 1.5 Pro on MMMU and Global-MMLU-Lite, and Gemma 3 4B is "
                        + "competitive with Gemma 2 27B across our text benchmarks. The resulting Tulu 3 405B tops "
                        + "DeepSeek-V3 and GPT-4o on GSM8K (95.5).");
        // MMMU, a well-known benchmark, is not made a model by the models listed after it
        assertRelation(rs, "Gemma 3 27B", "evaluatedOn", "MMMU");
        assertRelation(rs, "Tulu 3 405B", "evaluatedOn", "GSM8K");
        assertRelation(rs, "Tulu 3 405B", "outperforms", "GPT-4o");
    }

    @Test
    void theModelOpeningAClauseIsTheModelTheTextIsAbout() {
        List<ExtractedRelation> own = relationsOf("SeaLLM-3: Multilingual Models for Southeast Asia",
                "We introduce SeaLLM-3, a multilingual model. Compared with GPT-4o, the model trails it by a small margin. "
                        + "The model outperforms Llama-3-8B on MMLU.");
        assertRelation(own, "SeaLLM-3", "evaluatedOn", "MMLU");
        assertRelation(own, "SeaLLM-3", "outperforms", "Llama-3-8B");
        List<ExtractedRelation> previous = relationsOf("Granite 3.1: Long-Context Enterprise Language Models",
                "IBM's Granite-3.1-8B-Instruct extends the context window of Granite-3.0-8B-Instruct to 128K tokens. "
                        + "The model exceeds Llama-3.1-8B-Instruct on RULER.");
        assertRelation(previous, "Granite-3.1-8B-Instruct", "outperforms", "Llama-3.1-8B-Instruct");
        assertNoRelation(previous, "Granite 3.1", "outperforms", "Llama-3.1-8B-Instruct");
        // "the model" inside a clause is any model, not the paper's
        List<ExtractedRelation> inside = relationsOf("SeaLLM-3: Multilingual Models for Southeast Asia",
                "We introduce SeaLLM-3, a multilingual model. We find that GPT-4o beats the model trained on SeaExam.");
        assertNoRelation(inside, "SeaLLM-3", "trainedOn", "SeaExam");
    }

    @Test
    void aSizeAfterAFoundModelNameBelongsToTheNameUnlessItCountsSomething() {
        List<ExtractedRelation> rs = relationsOf("Lightweight Llamas",
                "Meta's Llama 3.2 1B and Llama 3.2 3B are lightweight members of the Llama 3.2 series.");
        assertRelation(rs, "Llama 3.2 3B", "partOf", "Llama 3.2");
        List<String> names = WrittenAbstracts.extract("Lightweight Llamas",
                "We compare Qwen2 7B parameters.").entities().stream().map(ExtractedEntity::name).toList();
        // "7B parameters" counts the parameters: the name stays "Qwen2"
        assertTrue(names.contains("Qwen2") && !names.contains("Qwen2 7B"), names.toString());
    }
}
