package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two tiny folds cut from the shipped training parts, trained for a few iterations only. */
class CrossValidationTest {
    @TempDir
    Path dir;

    @Test
    void scoresEachHeldOutPartAndLeavesNoModelsBehind() throws IOException {
        Path first = firstLines(Path.of("data/train/parts/gold-00.jsonl"), 4, dir.resolve("a.jsonl"));
        Path second = firstLines(Path.of("data/train/parts/gold-01.jsonl"), 3, dir.resolve("b.jsonl"));
        Path work = Files.createDirectory(dir.resolve("work"));
        List<JsonNode> predicted = new ArrayList<>();

        Scores scores = CrossValidation.run(List.of(first, second), 5, work, predicted);

        assertEquals(7, scores.documents());
        List<String> expectedIds = new ArrayList<>(ids(first));
        expectedIds.addAll(ids(second));
        assertEquals(expectedIds, predicted.stream().map(p -> p.get("id").asText()).toList(),
                "one prediction per held-out record, in the order of the parts");
        assertTrue(scores.overall().tp() > 0, "the extractor found something in seven annotated abstracts");
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(), left.toList(), "each fold's trained models are removed once it is scored");
        }
    }

    private static Path firstLines(Path from, int n, Path to) throws IOException {
        try (Stream<String> lines = Files.lines(from)) {
            return Files.write(to, lines.limit(n).toList());
        }
    }

    private static List<String> ids(Path file) throws IOException {
        return ExtractorEvaluation.readJson(file).stream().map(r -> r.get("id").asText()).toList();
    }
}
