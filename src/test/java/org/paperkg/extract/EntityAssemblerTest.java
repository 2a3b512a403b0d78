package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.Mention;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.TextAnalyzer;

class EntityAssemblerTest {
    private static Mention at(AnalyzedText t, int nth, String name, MentionType type, double confidence) {
        int at = -1;
        for (int k = 0; k <= nth; k++) {
            at = t.text().indexOf(name, at + 1);
        }
        return new Mention(at, at + name.length(), type, confidence, "test");
    }

    /** "name:kind" for each entity, in order: what the tests compare. */
    private static List<String> typedNames(List<ExtractedEntity> entities) {
        return entities.stream().map(e -> e.name() + ":" + e.type().tag()).toList();
    }

    @Test
    void repeatsFoundOnlyByTheirNameDoNotOutvoteTheTypedMentions() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("PolyBench: A Multilingual Evaluation Suite for LLMs",
                "We introduce PolyBench, a multi-way multilingual evaluation benchmark. Experiments on PolyBench reveal "
                        + "gaps across languages. PolyBench serves as a platform for future work.");
        List<Mention> found = new ArrayList<>();
        // the title mention typed against the others; the last occurrence found by no finder
        found.add(at(t, 0, "PolyBench", MentionType.MODEL, 0.9));
        found.add(at(t, 1, "PolyBench", MentionType.DATASET, 0.95));
        found.add(at(t, 2, "PolyBench", MentionType.DATASET, 0.67));
        List<ExtractedEntity> entities = new EntityAssembler().assemble(t, found);
        assertEquals(1, entities.size());
        assertEquals(4, entities.get(0).mentions().size());
        assertEquals(MentionType.DATASET, entities.get(0).type());
    }

    @Test
    void aDatasetWrittenWithItsNounHasThatFormAsAnAliasButAModelDoesNot() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("Essay scoring",
                "On the RIKEN dataset, our BERT model halves the training data. The RIKEN dataset has 800 answers.");
        List<Mention> found = new ArrayList<>();
        found.add(at(t, 0, "RIKEN", MentionType.DATASET, 0.9));
        found.add(at(t, 0, "BERT", MentionType.MODEL, 0.9));
        List<ExtractedEntity> entities = new EntityAssembler().assemble(t, found);
        assertEquals(List.of("RIKEN:dataset", "BERT:model"), typedNames(entities));
        assertEquals(List.of("RIKEN dataset"), entities.get(0).aliases(), "once, though written twice");
        assertEquals(List.of(), entities.get(1).aliases());
    }

    private static String trimmedName(String sentence, String found) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A title", sentence);
        Mention m = EntityAssembler.trimmed(t, at(t, 0, found, MentionType.MODEL, 0.9));
        return m == null ? null : m.text(t);
    }

    @Test
    void theNounBeforeCalledSaysWhatTheNameIsAgainstTheFindersVotes() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("SummEdits: Measuring LLM Ability at Factual Reasoning",
                "We implement the protocol in a 10-domain benchmark called SummEdits. Most LLMs struggle on SummEdits.");
        List<ExtractedEntity> entities = new EntityAssembler().assemble(t, List.of(
                at(t, 0, "SummEdits", MentionType.MODEL, 0.9), at(t, 1, "SummEdits", MentionType.MODEL, 0.9),
                at(t, 2, "SummEdits", MentionType.MODEL, 0.6)));
        assertEquals(List.of("SummEdits:dataset"), typedNames(entities));
        // "a method called X" names no kind: the votes stand
        AnalyzedText m = TextAnalyzer.get().analyzeDocument("A study", "We propose a method called Zorba.");
        assertEquals(List.of("Zorba:model"),
                typedNames(new EntityAssembler().assemble(m, List.of(at(m, 0, "Zorba", MentionType.MODEL, 0.9)))));
    }

    @Test
    void aClauseAfterAListNounIsNoItemOfItsList() {
        // ", and" right after "benchmarks" starts a new clause: Falcon-40B is a model, not one of the benchmarks
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("Falcon: open language models",
                "Falcon-7B beats MPT-7B on most benchmarks, and Falcon-40B is competitive with the best models.");
        List<ExtractedEntity> entities = new EntityAssembler().assemble(t, List.of(
                at(t, 0, "Falcon-7B", MentionType.MODEL, 0.9), at(t, 0, "MPT-7B", MentionType.MODEL, 0.9),
                at(t, 0, "Falcon-40B", MentionType.MODEL, 0.9)));
        assertEquals(List.of("Falcon-7B:model", "MPT-7B:model", "Falcon-40B:model"),
                typedNames(entities));
        // an enumeration after the noun still types its items, the one after "and" too
        AnalyzedText l = TextAnalyzer.get().analyzeDocument("A study",
                "We test on three benchmarks, MathVista, GeoQA and Geo3K.");
        assertEquals(List.of("MathVista:dataset", "GeoQA:dataset", "Geo3K:dataset"), typedNames(new EntityAssembler().assemble(l,
                List.of(at(l, 0, "MathVista", MentionType.DATASET, 0.9), at(l, 0, "GeoQA", MentionType.DATASET, 0.9),
                        at(l, 0, "Geo3K", MentionType.MODEL, 0.9)))));
    }

    @Test
    void anOrganisationEndingALongFormIsNotWhatItsAbbreviationStandsFor() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A corpus of official texts",
                "The Official Journal of the European Union (OJEU) is the official gazette for the EU. "
                        + "We align pages of the OJEU.");
        List<ExtractedEntity> entities = new EntityAssembler().assemble(t, List.of(
                at(t, 0, "European Union", MentionType.ORGANIZATION, 0.85), at(t, 0, "OJEU", MentionType.DATASET, 0.9),
                at(t, 1, "OJEU", MentionType.DATASET, 0.9)));
        assertEquals(List.of("Official Journal of the European Union:dataset", "European Union:organization"),
                typedNames(entities));
    }

    @Test
    void anOrganisationThatIsTheWholeLongFormKeepsItsAbbreviation() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A corpus of official texts",
                "The European Union (EU) publishes its laws in many languages. We align EU laws.");
        List<ExtractedEntity> entities = new EntityAssembler().assemble(t, List.of(
                at(t, 0, "European Union", MentionType.ORGANIZATION, 0.85), at(t, 0, "EU", MentionType.DATASET, 0.5)));
        assertEquals(List.of("European Union:organization"),
                typedNames(entities));
    }

    @Test
    void aListOfSizesAfterANameNamesTheFamily() {
        assertEquals("Falcon", trimmedName("We release the Falcon-7/40/180B models under a permissive license.",
                "Falcon-7/40/180B"));
        assertEquals("Llama-2 7B", trimmedName("On Llama-2 7B/13B, AdaGC removes loss spikes.", "Llama-2 7B/13B"));
        assertEquals("GPT-3.5/4", trimmedName("We prompt GPT-3.5/4 with the questions.", "GPT-3.5/4"));
    }

    @Test
    void sizesAloneAreNoName() {
        assertNull(trimmedName("We release 1.3/7.5B parameters language models trained on it.", "1.3/7.5B"));
        assertNull(trimmedName("It matches larger models (e.g., 32B-70B parameters).", "32B-70B"));
        assertEquals("4M-21", trimmedName("We present 4M-21, an any-to-any vision model.", "4M-21"));
    }

    @Test
    void aKindNounBesideTheNameDecidesItsType() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("Simple test-time scaling",
                "First, we curate a small dataset s1K of 1,000 questions paired with reasoning traces. After "
                        + "supervised finetuning on s1K, our model s1 exceeds o1-preview.");
        List<ExtractedEntity> entities = new EntityAssembler().assemble(t, List.of(
                at(t, 0, "s1K", MentionType.MODEL, 0.9), at(t, 1, "s1K", MentionType.MODEL, 0.9),
                at(t, 0, "s1 ", MentionType.MODEL, 0.9)));
        assertEquals(MentionType.DATASET, entities.get(0).type());
        assertEquals(MentionType.MODEL, entities.get(1).type());
    }

    @Test
    void thePluralNounAListEndsInDecidesTheTypeOfEveryItem() {
        // the second mention, typed more surely as a model, would outvote the first without the list's noun
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("Hybrid graphs for question answering",
                "We evaluate our approach on the Hybrid-QA and OTT-QA datasets. It improves scores by 10% on Hybrid-QA.");
        List<ExtractedEntity> entities = new EntityAssembler().assemble(t, List.of(
                at(t, 0, "Hybrid-QA", MentionType.DATASET, 0.5), at(t, 0, "OTT-QA", MentionType.DATASET, 0.5),
                at(t, 1, "Hybrid-QA", MentionType.MODEL, 0.95)));
        assertEquals(List.of("Hybrid-QA:dataset", "OTT-QA:dataset"), typedNames(entities));
        AnalyzedText m = TextAnalyzer.get().analyzeDocument("A study",
                "We benchmarked the created datasets using MinHash, BERT, SBERT, and SimCSE models.");
        assertEquals(List.of("MinHash:model", "BERT:model", "SBERT:model", "SimCSE:model"),
                typedNames(new EntityAssembler().assemble(m, List.of(at(m, 0, "MinHash", MentionType.DATASET, 0.9),
                        at(m, 0, "BERT", MentionType.MODEL, 0.9), at(m, 0, "SBERT", MentionType.DATASET, 0.9),
                        at(m, 0, "SimCSE", MentionType.MODEL, 0.9)))));
        // a lower-case word other than the conjunction ends the list: the noun is the last name's alone
        AnalyzedText o = TextAnalyzer.get().analyzeDocument("A study",
                "We compare Zorba-7 and then evaluate on the Kappa-9 datasets.");
        assertEquals(List.of("Zorba-7:model", "Kappa-9:dataset"),
                typedNames(new EntityAssembler().assemble(o, List.of(at(o, 0, "Zorba-7", MentionType.MODEL, 0.9),
                        at(o, 0, "Kappa-9", MentionType.DATASET, 0.9)))));
    }

    /**
     * An item the text gives no kind of is of the kind its list's other items are stated to be; a comma alone
     * ("On Genia11, Genia13 ...") joins no list, nor does one after the list's last item.
     */
    @Test
    void anItemWithoutAKindOfItsOwnIsOfTheKindOfItsListsOtherItems() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("Nested event extraction",
                "Existing datasets (e.g., Genia11) are small, so we build a new dataset, called ACE2005-Nest. PerNee "
                        + "achieves state-of-the-art performance on ACE2005-Nest, Genia11, and Genia13.");
        List<Mention> found = List.of(at(t, 0, "Genia11", MentionType.DATASET, 0.9),
                at(t, 0, "ACE2005-Nest", MentionType.MODEL, 0.9), at(t, 1, "ACE2005-Nest", MentionType.MODEL, 0.9),
                at(t, 1, "Genia11", MentionType.MODEL, 0.8), at(t, 0, "Genia13", MentionType.MODEL, 0.75));
        assertEquals(List.of("Genia11:dataset", "ACE2005-Nest:dataset", "Genia13:dataset"),
                typedNames(new EntityAssembler().assemble(t, found)));
        AnalyzedText c = TextAnalyzer.get().analyzeDocument("Nested event extraction",
                "We build a new dataset, called ACE2005-Nest. On ACE2005-Nest, Genia13 reaches 60 F1.");
        assertEquals(List.of("ACE2005-Nest:dataset", "Genia13:model"), typedNames(new EntityAssembler().assemble(c,
                List.of(at(c, 0, "ACE2005-Nest", MentionType.DATASET, 0.9), at(c, 1, "ACE2005-Nest", MentionType.DATASET, 0.9),
                        at(c, 0, "Genia13", MentionType.MODEL, 0.75)))));
        // the comma after a list's last item joins no more items: the subject after it is no sibling
        AnalyzedText e = TextAnalyzer.get().analyzeDocument("Diagnosis",
                "We propose DocCHA, a diagnosis model. Evaluated on MMLU, GSM8K and MATH, DocCHA improves further.");
        assertEquals(List.of("DocCHA:model", "MMLU:dataset", "GSM8K:dataset", "MATH:dataset"), typedNames(new EntityAssembler()
                .assemble(e, List.of(at(e, 0, "DocCHA", MentionType.MODEL, 0.9), at(e, 0, "MMLU", MentionType.DATASET, 0.9),
                        at(e, 0, "GSM8K", MentionType.DATASET, 0.9), at(e, 0, "MATH", MentionType.DATASET, 0.9),
                        at(e, 1, "DocCHA", MentionType.MODEL, 0.9)))));
    }

    @Test
    void aNameTheTitleDefinesAsAFrameworkOrToolkitIsNoModel() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument(
                "ZorbaMove: A Large Language Model based Agentic Framework for Location Prediction",
                "We present ZorbaMove, which outperforms GPT-4 on two datasets.");
        assertEquals(List.of("GPT-4:model"), typedNames(new EntityAssembler().assemble(t, List.of(
                at(t, 0, "ZorbaMove", MentionType.MODEL, 0.9), at(t, 1, "ZorbaMove", MentionType.MODEL, 0.9),
                at(t, 0, "GPT-4", MentionType.MODEL, 0.99)))));
        // the text calls it a model: that outweighs the title
        AnalyzedText m = TextAnalyzer.get().analyzeDocument("ZorbaMove: A Framework for Location Prediction",
                "We present ZorbaMove, a language model for trajectories.");
        assertEquals(List.of("ZorbaMove:model"), typedNames(new EntityAssembler().assemble(m, List.of(
                at(m, 0, "ZorbaMove", MentionType.MODEL, 0.9), at(m, 1, "ZorbaMove", MentionType.MODEL, 0.9)))));
        // a name that ends in its own kind noun names that kind, whatever its title goes on to
        AnalyzedText c = TextAnalyzer.get().analyzeDocument("Multilingual Image Corpus: Annotation Protocol",
                "We describe how the images were annotated.");
        assertEquals(List.of("Multilingual Image Corpus:dataset"), typedNames(new EntityAssembler().assemble(c, List.of(
                at(c, 0, "Multilingual Image Corpus", MentionType.DATASET, 0.9)))));
    }

    @Test
    void aTitleThatIntroducesItsArtefactByNameKeepsTheNameOnly() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("Introducing RezoJDM16k: a French Knowledge Graph Dataset",
                "We release the data.");
        assertEquals(List.of("RezoJDM16k:dataset"), typedNames(new EntityAssembler().assemble(t, List.of(
                at(t, 0, "Introducing RezoJDM16k", MentionType.DATASET, 0.9)))));
    }

    @Test
    void aKindNounUsedAsAVerbSaysNothingOfTheNamesAfterIt() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("VIP: A Video Infilling and Prediction Dataset",
                "We introduce VIP, an inference-time challenge dataset. We benchmark GPT-4, GPT-3, and VICUNA on VIP.");
        List<ExtractedEntity> entities = new EntityAssembler().assemble(t, List.of(
                at(t, 0, "VIP", MentionType.DATASET, 0.9), at(t, 1, "VIP", MentionType.DATASET, 0.9),
                at(t, 0, "GPT-4", MentionType.MODEL, 0.99), at(t, 0, "GPT-3", MentionType.MODEL, 0.99),
                at(t, 0, "VICUNA", MentionType.MODEL, 0.9), at(t, 2, "VIP", MentionType.DATASET, 0.9)));
        assertEquals(List.of("VIP:dataset", "GPT-4:model", "GPT-3:model", "VICUNA:model"),
                typedNames(entities));
        // the noun before a name still names its kind: "the benchmark GSM8K"
        AnalyzedText n = TextAnalyzer.get().analyzeDocument("A study", "We report results on the benchmark Zorba-7.");
        assertEquals(List.of("Zorba-7:dataset"),
                typedNames(new EntityAssembler().assemble(n, List.of(at(n, 0, "Zorba-7", MentionType.MODEL, 0.9)))));
    }

    @Test
    void anAppositionDefiningTheNameDecidesItsType() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("TeleBot Technical Report",
                "In this technical report, we present TeleBot, a collection of large language models (LLMs) with "
                        + "3 billion parameters. We also release MINT-9T, the most extensive and diverse open-source "
                        + "multimodal interleaved dataset to date. TeleBot is pretrained on MINT-9T.");
        List<ExtractedEntity> entities = new EntityAssembler().assemble(t, List.of(
                at(t, 1, "TeleBot", MentionType.DATASET, 0.9), at(t, 2, "TeleBot", MentionType.DATASET, 0.8),
                at(t, 0, "MINT-9T", MentionType.MODEL, 0.9), at(t, 1, "MINT-9T", MentionType.MODEL, 0.6)));
        assertEquals("TeleBot", entities.get(0).name());
        assertEquals(MentionType.MODEL, entities.get(0).type());
        assertEquals("MINT-9T", entities.get(1).name());
        assertEquals(MentionType.DATASET, entities.get(1).type());
    }

    @Test
    void theNounAListHangsFromDecidesTheTypeOfItsItems() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("Puzzles for reasoning",
                "Our model surpasses o3-mini-high on the puzzle reasoning benchmarks like Enigmata-Eval, ARC-AGI "
                        + "(32.8%), and ARC-AGI 2 (0.6%). On the DREAM-1K benchmark, Tarsier3-7B improves F1 by 2.8%.");
        List<ExtractedEntity> entities = new EntityAssembler().assemble(t, List.of(
                at(t, 0, "ARC-AGI", MentionType.MODEL, 0.9), at(t, 0, "ARC-AGI 2", MentionType.MODEL, 0.9),
                at(t, 0, "Tarsier3-7B", MentionType.MODEL, 0.9)));
        assertEquals(List.of("ARC-AGI:dataset", "ARC-AGI 2:dataset", "Tarsier3-7B:model"),
                typedNames(entities));
    }

    @Test
    void aCompoundTheTaggerCallsANumberStartsNoList() {
        // the tagger reads "fine-tuning" as a number: the second Llama2 then looked like an item of a list
        // hanging from "dataset" before it
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("Data-to-text generation",
                "We compare fine-tuning Llama2 on the unfiltered dataset, and fine-tuning Llama2 on a filtered "
                        + "version of the dataset.");
        List<ExtractedEntity> entities = new EntityAssembler().assemble(t, List.of(
                at(t, 0, "Llama2", MentionType.MODEL, 0.9), at(t, 1, "Llama2", MentionType.MODEL, 0.9)));
        assertEquals(List.of("Llama2:model"), typedNames(entities));
    }

    @Test
    void aWordDescribingTheNameAfterItIsNoPartOfIt() {
        assertEquals("ESM-2", trimmedName("It gains 7% on protein tasks over Transformer-based ESM-2.",
                "Transformer-based ESM-2"));
        assertEquals("Florence-2", trimmedName("It combines the pre-trained VLM Florence-2 with Gemma-2.",
                "VLM Florence-2"));
        assertEquals("Model-GLUE", trimmedName("We present Model-GLUE, a benchmark for merging.", "Model-GLUE"));
        assertEquals("LLM360 K2", trimmedName("We detail the training of the LLM360 K2 model.", "LLM360 K2"));
    }
}
