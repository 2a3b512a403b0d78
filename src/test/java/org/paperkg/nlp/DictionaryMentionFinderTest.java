package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryMentionFinderTest {

    private static List<String> found(MentionFinder f, String title, String abstractText) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument(title, abstractText);
        return f.find(t).stream().map(m -> m.type().tag() + ":" + m.text(t)).toList();
    }

    @Test
    void datasetNamesMatchWithTheirCaseSoOrdinaryWordsDoNot() {
        List<String> names = found(DictionaryMentionFinder.datasets(), "Scaling Math Reasoning in Small Models",
                "We report accuracy on MATH and GSM8K, and the race between models trained on C4.");
        assertEquals(List.of("dataset:MATH", "dataset:GSM8K", "dataset:C4"), names);
        // the classic benchmarks and knowledge bases of NLP too
        assertEquals(List.of("dataset:CoNLL-2003", "dataset:SAMSum", "dataset:ConceptNet"), found(DictionaryMentionFinder.datasets(),
                "A title", "We tag CoNLL-2003, summarise SAMSum dialogues and retrieve facts from ConceptNet."));
        // table and fact-checking benchmarks, compositional splits and lexical resources
        assertEquals(List.of("dataset:FEVEROUS", "dataset:TabFact", "dataset:CFQ", "dataset:WordNet"), found(DictionaryMentionFinder.datasets(),
                "A title", "In a few-shot setting on FEVEROUS and TabFact, and on CFQ, we use WordNet senses."));
    }

    @Test
    void wellKnownModelsMatchWholeNamesWithTheirCase() {
        List<String> names = found(DictionaryMentionFinder.models(), "Long clinical notes",
                "We adapt the LMs with Longformer, compare word2vec, fastText and mT5, and fine-tune Mistral (7B). "
                        + "Questions follow Bloom's taxonomy.");
        assertEquals(List.of("model:Longformer", "model:word2vec", "model:fastText", "model:mT5", "model:Mistral"), names);
    }

    @Test
    void aListedFamilyWithItsProductTierIsOneNameButNotWithAnyOtherWord() {
        List<String> names = found(DictionaryMentionFinder.models(), "Table answers",
                "Our best baseline, Gemini Flash, beats Claude Haiku. Flash attention helps a pro; Mistral Nemo is new.");
        assertEquals(List.of("model:Gemini Flash", "model:Claude Haiku"), names);
    }

    @Test
    void aListedModelInLowerCaseIsFoundWhenASizeVersionOrInnerCapitalMarksIt() {
        List<String> names = found(DictionaryMentionFinder.models(), "Sexism detection",
                "We build on a roberta-large model, fine-tuned gpt3.5, a wav2vec2 encoder and glove vectors.");
        assertEquals(List.of("model:roberta-large", "model:gpt3.5", "model:wav2vec2", "model:glove"), names);
        // the same letters as an English word are left alone
        assertEquals(List.of(), found(DictionaryMentionFinder.models(), "The Internet",
                "The bloom of the Internet and the codex of the 15th century whisper to us."));
    }

    @Test
    void aListedNameWithACapitalInsideIsFoundInAnotherCaseButABrokenWordIsNot() {
        assertEquals(List.of("dataset:Xsum", "dataset:Paracrawl"), found(DictionaryMentionFinder.datasets(), "Summaries",
                "We report results on Xsum and translate the Paracrawl corpus into mul-tiple languages."));
    }

    @Test
    void aWellKnownModelInsideALongerNameIsLeftToThatName() {
        List<String> names = found(DictionaryMentionFinder.models(), "A title",
                "We compare Multilingual BERT, GAML-BERT and Mistral Nemo with BERT.");
        assertEquals(List.of("model:BERT"), names);
    }

    @Test
    void organisationsMatchAcrossSpellingsButNotInsideOtherWords() {
        List<String> names = found(DictionaryMentionFinder.organizations(), "A title",
                "HuggingFace and Hugging Face host it; meta-learning is no company, but Meta released the model.");
        assertEquals(List.of("organization:HuggingFace", "organization:Hugging Face", "organization:Meta"), names);
    }

    @Test
    void organisationsMatchInTheCaseTheListWritesThem() {
        // "XAI" is explainable AI, not xAI; "Nasa Yuwe" is a language, not NASA; "M-ETA" is no Meta
        List<String> names = found(DictionaryMentionFinder.organizations(), "A title",
                "Gradient methods are essential to eXplainable AI (XAI). We translate Nasa Yuwe and score M-ETA, "
                        + "while xAI and NASA fund the work.");
        assertEquals(List.of("organization:xAI", "organization:NASA"), names);
        // the acronym of a set of rules is not the lab
        assertEquals(List.of("organization:FAIR"), found(DictionaryMentionFinder.organizations(), "A title",
                "The data follow the FAIR principles; researchers at FAIR built the model."));
    }

    /** Labs, companies and universities of the field that a team title or an affiliation names by their short name. */
    @Test
    void theFieldsLabsAndUniversitiesAreKnownByTheirShortNames() {
        assertEquals(List.of("organization:LG AI Research", "organization:KAIST", "organization:NCSOFT", "organization:Mila"),
                found(DictionaryMentionFinder.organizations(), "LG AI Research & KAIST at EHRSQL 2024: Self-Training LLMs",
                        "We compare it with VARCO-MT from NCSOFT, trained at Mila."));
    }

    @Test
    void internationalBodiesThatFundOrClassifyLanguagesAreOrganisations() {
        assertEquals(List.of("organization:UNESCO", "organization:EU"),
                found(DictionaryMentionFinder.organizations(), "A title",
                        "Igbo is endangered, as a 2025 UNESCO study shows; the EU project that built the platform ended."));
    }

    @Test
    void anOrganisationNameThatStartsAModelNameIsLeftToTheModel() {
        List<String> names = found(DictionaryMentionFinder.organizations(), "A title",
                "It rivals DeepSeek R1 and OpenAI o1-mini; DeepSeek and OpenAI released them.");
        assertEquals(List.of("organization:DeepSeek", "organization:OpenAI"), names);
    }

    @Test
    void theMakerOfAChipIsAnOrganisation() {
        List<String> names = found(DictionaryMentionFinder.organizations(), "A title",
                "It runs on a single server with 4x NVIDIA A6000 or 8x NVIDIA 3090 GPUs, while DeepSeek R1 needs more.");
        assertEquals(List.of("organization:NVIDIA"), names);
    }

    @Test
    void aLicenceNamedAfterAnOrganisationIsNoMentionOfIt() {
        List<String> names = found(DictionaryMentionFinder.organizations(), "A title",
                "We open-source our training code under an MIT license; researchers at MIT contributed the data.");
        assertEquals(List.of("organization:MIT"), names);
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A title",
                "We open-source our training code under an MIT license; researchers at MIT contributed the data.");
        assertEquals(t.text().lastIndexOf("MIT"), DictionaryMentionFinder.organizations().find(t).get(0).start());
    }

    private static String leading(String abstractText, String product) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A title", abstractText);
        int at = abstractText.indexOf(product) + t.text().indexOf(abstractText);
        Mention m = DictionaryMentionFinder.organizations().leadingName(t, at, at + product.length());
        return m == null ? null : m.text(t);
    }

    @Test
    void theMakersNameAtTheHeadOfAProductsName() {
        assertEquals("Meta", leading("It surpasses Meta Llama 3 70B on GSM8K.", "Meta Llama 3 70B"));
        assertEquals("Hugging Face", leading("We use Hugging Face Transformers here.", "Hugging Face Transformers"));
        // a version after the name: the model's name alone, as find() leaves it
        assertEquals(null, leading("It rivals DeepSeek R1 on AIME.", "DeepSeek R1"));
        // the whole product's name is no maker inside it
        assertEquals(null, leading("It rivals Meta on AIME.", "Meta"));
    }
}
