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
    }

    @Test
    void trainedOnFromAnOpeningParticiplePhrase() {
        // "Trained on 4.2M global time series samples from NASA's Harmonized Landsat and Sentinel-2 data archive
        // at 30m resolution, the new 300M and 600M parameter models incorporate ...": the paper's new models.
        assertRelation(relations("train-359"), "Prithvi-EO-2.0", "trainedOn", "Harmonized Landsat and Sentinel-2");
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
    void aSizeTierOfAnotherFamilyIsAMemberButAProductTierIsNot() {
        // a size tier names a member of an open family the paper only uses
        List<ExtractedRelation> rs = relationsOf("Moral judgement",
                "We fine-tune pre-trained language models, including BERT, RoBERTa, RoBERTa-large and ALBERT.");
        assertRelation(rs, "RoBERTa-large", "partOf", "RoBERTa");
        // a product tier of a model the paper only uses is left alone: annotators do not list it as a member
        List<ExtractedRelation> products = relationsOf("Grading essays",
                "We prompt GPT-4o and GPT-4o-mini to grade the essays.");
        assertTrue(products.stream().noneMatch(r -> r.predicate().equals("partOf")), products.toString());
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
