package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionMergerTest {
    private static final String TEXT = "Our model surpasses Meta Llama 3 70B and Google on MMLU.";

    /** A finder that finds one stretch of the text, of one type and confidence. */
    private static MentionFinder finding(String name, MentionType type, double confidence) {
        return new MentionFinder() {
            @Override
            public List<Mention> find(AnalyzedText text) {
                int at = text.text().indexOf(name);
                return List.of(new Mention(at, at + name.length(), type, confidence, "test"));
            }

            @Override
            public String name() {
                return "test";
            }
        };
    }

    private static List<String> merged(MentionFinder... finders) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A title", TEXT);
        return new MentionMerger(List.of(finders)).find(t).stream().map(m -> m.type().tag() + ":" + m.text(t)).toList();
    }

    @Test
    void onAnOverlapTheEarlierFinderWins() {
        assertEquals(List.of("model:Meta Llama"), merged(finding("Meta Llama", MentionType.MODEL, 0.6),
                finding("Llama 3 70B", MentionType.MODEL, 0.99)));
    }

    @Test
    void anOrganisationThatStartsAModelsNameGivesWay() {
        assertEquals(List.of("model:Meta Llama 3 70B"), merged(finding("Meta", MentionType.ORGANIZATION, 0.9),
                finding("Meta Llama 3 70B", MentionType.MODEL, 0.99)));
    }

    @Test
    void butNotToALessSureName() {
        assertEquals(List.of("organization:Meta"), merged(finding("Meta", MentionType.ORGANIZATION, 0.9),
                finding("Meta Llama 3 70B", MentionType.MODEL, 0.6)));
    }

    @Test
    void norToANameThatOnlyOverlapsIt() {
        assertEquals(List.of("organization:Meta Llama"), merged(finding("Meta Llama", MentionType.ORGANIZATION, 0.9),
                finding("Llama 3 70B", MentionType.MODEL, 0.99)));
    }

    /** The lists of known names decide the kind of a name found on exactly their words, unless both lists hold it. */
    @Test
    void aListedNameHasTheKindOfItsListWhateverTheClassifierSaid() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A title", "We benchmark RoBERTa and Alpaca on SST-2.");
        MentionFinder classifier = new MentionFinder() {
            @Override
            public List<Mention> find(AnalyzedText text) {
                return List.of(at(text, "RoBERTa", MentionType.DATASET), at(text, "Alpaca", MentionType.DATASET),
                        at(text, "SST-2", MentionType.MODEL));
            }

            @Override
            public String name() {
                return "classifier";
            }
        };
        List<String> kinds = new MentionMerger(List.of(classifier, DictionaryMentionFinder.datasets(), DictionaryMentionFinder.models()))
                .find(t).stream().map(m -> m.type().tag() + ":" + m.text(t)).toList();
        // Alpaca is a model and its instruction data: both lists hold it, and the classifier's reading stays
        assertEquals(List.of("model:RoBERTa", "dataset:Alpaca", "dataset:SST-2"), kinds);
    }

    private static Mention at(AnalyzedText t, String name, MentionType type) {
        int at = t.text().indexOf(name);
        return new Mention(at, at + name.length(), type, 0.8, "test");
    }
}
