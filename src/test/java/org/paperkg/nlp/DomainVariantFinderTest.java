package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainVariantFinderTest {

    private static List<String> names(NameDictionary dictionary, String abstractText) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A title", abstractText);
        return new DomainVariantFinder(dictionary).find(t).stream().map(m -> m.type().tag() + ":" + m.text(t)).toList();
    }

    private static NameDictionary knowing(String key, MentionType type) {
        NameDictionary d = NameDictionary.empty();
        d.addPaper(Map.of(key, type));
        return d;
    }

    @Test
    void aWordHyphenedBeforeAKnownModelNamesAVariantOfIt() {
        assertEquals(List.of("model:Tamil-BERT", "model:Malayalam-BERT"), names(knowing("bert", MentionType.MODEL),
                "We experimented with transformer based models by fine-tuning Tamil-BERT for Tamil and "
                        + "Malayalam-BERT for Malayalam."));
    }

    @Test
    void onlyBeforeANameOtherPapersCallAModel() {
        String text = "We fine-tune Tamil-BERT and report Multi-Task gains on Tamil-SQuAD.";
        assertEquals(List.of(), names(NameDictionary.empty(), text));
        assertEquals(List.of(), names(knowing("squad", MentionType.DATASET), text));
        // an architecture is a kind of model, not one: "Pre-Transformer" names none
        assertEquals(List.of(), names(knowing("transformer", MentionType.MODEL), "A Pre-Transformer stage helps."));
        // a lower-case word before the hyphen describes ("non-BERT baselines")
        assertEquals(List.of(), names(knowing("bert", MentionType.MODEL), "We compare against non-BERT baselines."));
        // an English word after the hyphen is read as the word, even where a model has that name
        assertEquals(List.of(), names(knowing("based", MentionType.MODEL), "Beyond Turn-Based Interfaces."));
    }
}
