package org.paperkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.FactsJson;
import org.paperkg.ingest.InputFile;
import org.paperkg.ingest.InputProblems;
import org.paperkg.ingest.JsonLinesReader;
import org.paperkg.ingest.Paper;

/**
 * The standard extractor scored against a gold file: it reads the gold file's inputs (title, abstract,
 * page metadata; never the answers), extracts, and scores like score.py. Used by {@code evaluate} and
 * by the report's extraction-quality section.
 */
public final class ExtractorEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractorEvaluation() {}

    public static Scores score(Path goldFile) throws IOException {
        return GoldScorer.score(readJson(goldFile), extract(goldFile));
    }

    /** The extractor's records for the gold file's papers, one per line, in order. */
    public static List<JsonNode> extract(Path goldFile) throws IOException {
        Extractor extractor = Extractor.standard();
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Paper> papers = new JsonLinesReader().read(InputFile.of(goldFile), new InputProblems(System.err, false))) {
            papers.forEach(p -> out.add(FactsJson.toJson(extractor.extract(p))));
        }
        return out;
    }

    public static List<JsonNode> readJson(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) out.add(JSON.readTree(line));
        }
        return out;
    }
}
