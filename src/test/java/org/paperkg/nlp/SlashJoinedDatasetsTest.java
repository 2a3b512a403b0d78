package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlashJoinedDatasetsTest {

    private static List<String> found(MentionFinder inner, String text) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A title", text);
        return new SlashJoinedDatasets(inner).find(t).stream().map(m -> m.type().tag() + ":" + m.text(t)).toList();
    }

    @Test
    void aDatasetFoundOnOneSideOfASlashTakesTheWordOnTheOtherSide() {
        String text = "Open models match GPT-4 on the CNN/DailyMail benchmark and on XSum/BBC.";
        assertEquals(List.of("model:GPT-4", "dataset:CNN/DailyMail", "dataset:XSum/BBC"),
                found(new MentionMerger(List.of(FixedFinder.of(MentionType.MODEL, "GPT-4"),
                        FixedFinder.of(MentionType.DATASET, "DailyMail", "XSum"))), text));
    }

    @Test
    void namesFoundOnBothSidesStayAListAndModelsAreLeftAlone() {
        String text = "We test GPT-3.5/ChatGPT and BERT/RoBERTa on SQuAD/NewsQA.";
        assertEquals(List.of("model:GPT-3.5", "model:ChatGPT", "model:BERT", "dataset:SQuAD", "dataset:NewsQA"),
                found(new MentionMerger(List.of(FixedFinder.of(MentionType.MODEL, "GPT-3.5", "ChatGPT", "BERT"),
                        FixedFinder.of(MentionType.DATASET, "SQuAD", "NewsQA"))), text));
    }

    @Test
    void aLowerCaseWordOrAPathIsNoPartOfTheName() {
        String text = "Results on DailyMail/news and on github.com/SQuAD are reported.";
        assertEquals(List.of("dataset:DailyMail", "dataset:SQuAD"),
                found(FixedFinder.of(MentionType.DATASET, "DailyMail", "SQuAD"), text));
    }
}
