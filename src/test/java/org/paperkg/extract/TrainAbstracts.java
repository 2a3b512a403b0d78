package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.ingest.Paper;

/**
 * Real titles and abstracts from the training gold ({@code data/train/train.jsonl}), run through the
 * standard pipeline once each, so that tests assert what a real sentence says.
 */
final class TrainAbstracts {
    private static final Path TRAIN = Path.of("data/train/train.jsonl");
    private static final Map<String, PaperFacts> CACHE = new HashMap<>();
    private static Map<String, JsonNode> records;
    private static Extractor extractor;

    private TrainAbstracts() {}

    /** The facts the standard extractor finds in the training record with this id. */
    static synchronized PaperFacts facts(String id) {
        return CACHE.computeIfAbsent(id, k -> {
            if (extractor == null) {
                extractor = Extractor.standard();
            }
            return extractor.extract(paper(k));
        });
    }

    static synchronized Paper paper(String id) {
        JsonNode r = records().get(id);
        assertNotNull(r, "no training record " + id);
        return new Paper(id, r.get("title").asText(), r.get("abstract").asText(), null, null, List.of(), null, null,
                null, null, List.of());
    }

    /** The entity with this name, failing the test when the extractor did not find it. */
    static ExtractedEntity entity(PaperFacts facts, String name) {
        ExtractedEntity e = facts.entity(name);
        assertNotNull(e, "entity not found: " + name + " in " + facts.entities().stream().map(ExtractedEntity::name).toList());
        return e;
    }

    /** The first quantity whose text is exactly this, failing the test when there is none. */
    static ExtractedQuantity quantity(PaperFacts facts, String text) {
        return nthQuantity(facts, text, 0);
    }

    /** The n-th quantity (from 0) whose text is exactly this. */
    static ExtractedQuantity nthQuantity(PaperFacts facts, String text, int n) {
        List<ExtractedQuantity> found = facts.quantities().stream().filter(q -> q.text().equals(text)).toList();
        assertNotNull(found.size() > n ? found.get(n) : null,
                "quantity not found: " + text + " in " + facts.quantities().stream().map(ExtractedQuantity::text).toList());
        return found.get(n);
    }

    private static Map<String, JsonNode> records() {
        if (records == null) {
            records = new HashMap<>();
            ObjectMapper json = new ObjectMapper();
            try {
                for (String line : Files.readAllLines(TRAIN)) {
                    if (!line.isBlank()) {
                        JsonNode r = json.readTree(line);
                        records.put(r.get("id").asText(), r);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + TRAIN, e);
            }
        }
        return records;
    }
}
