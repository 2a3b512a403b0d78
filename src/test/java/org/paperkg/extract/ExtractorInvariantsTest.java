package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.ingest.InputFile;
import org.paperkg.ingest.InputProblems;
import org.paperkg.ingest.JsonLinesReader;
import org.paperkg.ingest.Paper;
import org.paperkg.nlp.MentionType;

/** What must hold for every paper, whatever the extractor's accuracy: it never invents. */
class ExtractorInvariantsTest {
    static List<PaperFacts> all = new ArrayList<>();

    @BeforeAll
    static void extractDevAndTrainingInputs() throws Exception {
        Extractor extractor = Extractor.standard();
        for (Path file : List.of(Path.of("data/gold/dev.jsonl"), Path.of("data/train/train.jsonl"))) {
            try (Stream<Paper> papers = new JsonLinesReader().read(InputFile.of(file), InputProblems.quiet())) {
                papers.forEach(p -> all.add(extractor.extract(p)));
            }
        }
        assertEquals(427, all.size());
    }

    @Test
    void everyEntityNameOccursInTheTextOrThePageMetadata() {
        List<String> invented = new ArrayList<>();
        for (PaperFacts f : all) {
            String text = f.text().text();
            for (ExtractedEntity e : f.entities()) {
                List<String> forms = new ArrayList<>(e.aliases());
                forms.add(e.name());
                for (String form : forms) {
                    boolean fromListing = e.type() == MentionType.ORGANIZATION && f.paper().organization() != null
                            && form.equals(f.paper().organization().displayName());
                    if (!text.contains(form) && !fromListing) {
                        invented.add(f.paper().title() + ": " + form);
                    }
                }
            }
        }
        assertEquals(List.of(), invented);
    }

    @Test
    void everyQuantityAndRelationPointsIntoTheText() {
        for (PaperFacts f : all) {
            Set<String> names = new HashSet<>();
            f.entities().forEach(e -> names.add(e.name()));
            String text = f.text().text();
            for (ExtractedQuantity q : f.quantities()) {
                assertEquals(q.text(), text.substring(q.start(), q.end()), "quantity offsets in " + f.paper().title());
                assertTrue(q.subject() == null || names.contains(q.subject()), "subject is an entity: " + q);
                assertTrue(q.confidence() >= 0 && q.confidence() <= 1);
            }
            for (ExtractedRelation r : f.relations()) {
                assertTrue(names.contains(r.subject()) && names.contains(r.object()), "relation between entities: " + r);
                assertTrue(r.start() >= 0 && r.end() <= text.length() && r.start() < r.end(), "evidence offsets: " + r);
                assertTrue(r.confidence() >= 0 && r.confidence() <= 1);
            }
        }
    }
}
