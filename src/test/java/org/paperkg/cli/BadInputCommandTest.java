package org.paperkg.cli;

import org.paperkg.testing.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract} and {@code build} on the bad-input fixture: one line per bad record on standard error,
 * the good records written or stored, a closing summary "read N, kept K, skipped S (reason: n, ...)";
 * with {@code --strict}, one line and exit code 3 at the first bad record.
 */
class BadInputCommandTest {
    private static final Path BAD = Path.of("src/test/resources/fixtures/ingest/bad/bad.jsonl");
    private static final String SUMMARY = "read 11, kept 4, skipped 7 (empty abstract: 1, missing abstract: 1,"
            + " not a JSON object: 1, not valid JSON: 2, wrong type: 2)";

    @TempDir
    Path dir;

    @Test
    void extractKeepsTheGoodRecordsAndEndsWithTheSummary() throws Exception {
        Path out = dir.resolve("facts.jsonl");
        CommandRun.Outcome r = CommandRun.run("extract", BAD.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("bad.jsonl:2: not valid JSON"), r.err());
        assertTrue(r.err().strip().lines().reduce((a, b) -> b).orElseThrow().startsWith("extract: " + SUMMARY), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(4, lines.size());
        for (String line : lines) assertTrue(new ObjectMapper().readTree(line).isObject(), line);
    }

    @Test
    void buildStoresTheGoodRecordsAndEndsWithTheSummary() {
        CommandRun.Outcome r = CommandRun.run("build", BAD.toString(), "--store", dir.resolve("kg").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("build: " + SUMMARY), r.err());
        assertTrue(r.err().contains("4 papers (4 new"), r.err());
    }

    @Test
    void strictStopsAtTheFirstBadRecordWithOneLineAndExitCode3() {
        for (String command : List.of("extract", "build")) {
            CommandRun.Outcome r = command.equals("build")
                    ? CommandRun.run("build", "--strict", BAD.toString(), "--store", dir.resolve("strict").toString())
                    : CommandRun.run("extract", "--strict", BAD.toString(), "--out", dir.resolve("strict.jsonl").toString());
            assertEquals(3, r.exitCode(), command + ": " + r.err());
            String last = r.err().strip().lines().reduce((a, b) -> b).orElseThrow();
            assertTrue(last.startsWith("paperkg " + command + ": stopped at the first bad record (--strict): bad.jsonl:2: not valid JSON"), last);
            assertFalse(r.err().contains("\tat "), r.err());
        }
    }

    /** A store TDB2 cannot open is a user's problem to solve: one line saying which folder and what to do. */
    @Test
    void aDamagedStoreIsOneLineNamingTheFolder() throws Exception {
        Path kg = dir.resolve("kg");
        assertEquals(0, CommandRun.run("build", BAD.toString(), "--store", kg.toString()).exitCode());
        Files.write(kg.resolve("Data-0001/SPO.idn"), new byte[0]);   // one index half written

        CommandRun.Outcome r = CommandRun.run("build", BAD.toString(), "--store", kg.toString());
        assertEquals(1, r.exitCode(), r.err());
        String last = r.err().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("paperkg build: the store " + kg + " cannot be opened, its database is damaged"), last);
        assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r.err());
    }
}
