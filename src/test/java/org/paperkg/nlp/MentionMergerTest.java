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
}
