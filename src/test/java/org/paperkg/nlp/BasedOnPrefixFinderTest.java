package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BasedOnPrefixFinderTest {

    private static List<String> names(NameDictionary dictionary, String abstractText) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A title", abstractText);
        return new BasedOnPrefixFinder(dictionary).find(t).stream().map(m -> m.type().tag() + ":" + m.text(t)).toList();
    }

    private static NameDictionary knowingBert() {
        NameDictionary d = NameDictionary.empty();
        d.addPaper(Map.of("bert", MentionType.MODEL));
        return d;
    }

    @Test
    void aModelSpelledWithAnInnerCapitalBeforeBasedIsTheModel() {
        assertEquals(List.of("model:DeBERTa"), names(NameDictionary.empty(),
                "We evaluate a fine-tuned DeBERTa-based AES model on such inputs and show that it is susceptible."));
    }

    @Test
    void aModelOtherPapersNameBeforeBasedIsTheModel() {
        assertEquals(List.of("model:BERT"), names(knowingBert(),
                "Experiments used a fine-tuned version of AlBERTo (a BERT-based model pre-trained on Italian tweets)."));
        assertEquals(List.of(), names(NameDictionary.empty(),
                "Experiments used a fine-tuned version of AlBERTo (a BERT-based model pre-trained on Italian tweets)."));
    }

    @Test
    void enhancedPoweredAndDrivenSayBuiltOnAsBasedDoesInAnyCase() {
        assertEquals(List.of("model:GujiRoBERTa", "model:BERT", "model:DeBERTa"), names(knowingBert(),
                "A GujiRoBERTa-Enhanced Approach, a BERT-Based tagger and a DeBERTa-powered ranker."));
    }

    @Test
    void methodsArchitecturesAndLikenessesAreNotModels() {
        assertEquals(List.of(), names(knowingBert(),
                "We compare Transformer-based, MoE-based, Large-Language-Model-based and GRPO-based approaches with a BERT-style and a "
                        + "DeBERTa-like encoder."));
    }
}
