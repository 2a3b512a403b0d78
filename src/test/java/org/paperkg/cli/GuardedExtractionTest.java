package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.PaperFacts;
import org.paperkg.ingest.InputProblems;
import org.paperkg.ingest.Paper;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.RejectsFile;
import org.paperkg.store.KnowledgeStore;

/** A paper the extractor throws on is reported and left out; the papers around it are built. */
class GuardedExtractionTest {
    @TempDir
    Path dir;

    private Path threePapers() throws Exception {
        Path input = dir.resolve("papers.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\": \"a\", \"title\": \"Alpha: a model\", \"abstract\": \"We present Alpha, a 7B model trained on 2T tokens.\"}",
                "{\"id\": \"b\", \"title\": \"Beta: a model\", \"abstract\": \"We present Beta, a 13B model.\"}",
                "{\"id\": \"c\", \"title\": \"Gamma: a dataset\", \"abstract\": \"We release Gamma, a dataset of 5,000 questions.\"}")
                + "\n");
        return input;
    }

    /** The standard extractor, but for paper "b", on which it throws as a bug would. */
    private static Function<Paper, PaperFacts> failingOnB() {
        Extractor real = Extractor.standard();
        return p -> {
            if (p.id().equals("b")) {
                throw new IllegalStateException("boom");
            }
            return real.extract(p);
        };
    }

    @Test
    void aPaperTheExtractorFailsOnIsReportedAndTheOthersAreStored() throws Exception {
        Path input = threePapers();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputProblems problems = new InputProblems(new PrintStream(err, true, StandardCharsets.UTF_8), false);
        try (KnowledgeStore kg = KnowledgeStore.open(dir.resolve("kg"));
             RejectsFile rejects = new RejectsFile(dir.resolve("rejects.jsonl"))) {
            BuildPipeline pipeline = new BuildPipeline(kg, rejects, Iris.standard(), 2, 2, BuildProgress.NONE, failingOnB());
            BuildPipeline.BuildPlan plan = pipeline.run(List.of(input), null, problems);
            assertEquals(2, plan.added);
            assertEquals(2, kg.storedPapers().size());
        }
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("paper b: extraction failed: java.lang.IllegalStateException: boom"), report);
        assertEquals("read 3, kept 2, skipped 1 (extraction failed: 1)", problems.summary());
    }

    @Test
    void underStrictTheFailureStopsTheRunAsABadRecordDoes() throws Exception {
        Path input = threePapers();
        InputProblems strict = new InputProblems(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true);
        try (KnowledgeStore kg = KnowledgeStore.open(dir.resolve("kg"));
             RejectsFile rejects = new RejectsFile(dir.resolve("rejects.jsonl"))) {
            BuildPipeline pipeline = new BuildPipeline(kg, rejects, Iris.standard(), 2, 2, BuildProgress.NONE, failingOnB());
            assertThrows(InputProblems.BadInputException.class, () -> pipeline.run(List.of(input), null, strict));
        }
    }
}
