package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.MentionFinder;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** How the standard finders' mentions combine, where one finder's name contains another's. */
class MentionFindersTest {

    private static List<String> organisations(String text) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A study of language models", text);
        MentionFinder finder = MentionFinders.standard();
        return finder.find(t).stream().filter(m -> m.type() == MentionType.ORGANIZATION).map(m -> m.text(t)).toList();
    }

    @Test
    void theFullNameOfAnOrganisationWinsOverTheListedShortName() {
        // "Alibaba" and "Snowflake" are in the organisation list; the shape finder sees the whole name
        assertEquals(List.of("Alibaba DAMO Academy", "Snowflake AI Research"),
                organisations("All checkpoints are released by Alibaba DAMO Academy. The encoder was trained by "
                        + "Snowflake AI Research on web data."));
    }

    @Test
    void theListedNameStillStandsAlone() {
        assertEquals(List.of("Alibaba"), organisations("The checkpoints are released by Alibaba under a permissive licence."));
    }

    private static List<String> mentions(String text) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A study of language models", text);
        return MentionFinders.standard().find(t).stream().map(m -> m.type().tag() + ":" + m.text(t)).toList();
    }

    @Test
    void aModelNamedAfterItsMakerKeepsItsWholeName() {
        // "Meta" is in the organisation list, which the finders trust before the classifier
        assertEquals(List.of("model:Meta Llama 3 70B", "dataset:GSM8K"),
                mentions("Our 13B model surpasses Meta Llama 3 70B on GSM8K."));
    }

    @Test
    void theMakerIsNamedInTheProductsNameAndMadeIt() {
        PaperFacts facts = WrittenAbstracts.extract("A study of language models",
                "Our 13B model surpasses Meta Llama 3 70B on GSM8K.");
        assertEquals(List.of("Meta Llama 3 70B:MODEL", "GSM8K:DATASET", "Meta:ORGANIZATION"),
                facts.entities().stream().map(e -> e.name() + ":" + e.type()).toList());
        assertEquals(1, facts.relations().stream().filter(r -> r.predicate().equals("developedBy")
                && r.subject().equals("Meta Llama 3 70B") && r.object().equals("Meta")).count());
    }
}
