package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
