package org.paperkg.query;

import org.paperkg.testing.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.StoreFixtures;

/** {@code paperkg query} run in-process against an on-disk store holding the fixture. */
class QueryCommandTest {

    @TempDir
    static Path tmp;
    private static Path storeDir;

    @BeforeAll
    static void buildStore() {
        storeDir = tmp.resolve("kg");
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            store.loadBatch(StoreFixtures.paperGraphs());
        }
    }


    @Test
    void runsANamedQueryAsATable() {
        CommandRun.Outcome r = CommandRun.run("query", "paper-count", "--store", storeDir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("| papers |") && r.out().contains("| 2 "), r.out());
    }

    @Test
    void bindsParametersAndWritesCsv() {
        CommandRun.Outcome r = CommandRun.run("query", "model-parameters", "--store", storeDir.toString(), "--param", "minParams=1e10", "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(3, r.out().strip().split("\r?\n").length, "header and two models: " + r.out());
    }

    @Test
    void userMistakesGiveOneLineAndExitCode1() {
        assertOneLineError(CommandRun.run("query", "no-such-query", "--store", storeDir.toString()), "unknown query 'no-such-query'");
        assertOneLineError(CommandRun.run("query", "paper-count", "--store", tmp.resolve("missing").toString()), "no store at");
        assertOneLineError(CommandRun.run("query", "model-parameters", "--store", storeDir.toString(), "--param", "minParams"), "NAME=VALUE");
        assertOneLineError(CommandRun.run("query", "model-parameters", "--store", storeDir.toString(), "--param", "minParams=lots"), "expects a number");
        assertOneLineError(CommandRun.run("query", "paper-count", "--store", storeDir.toString(), "--format", "ttl"), "format turtle");
    }

    /**
     * Values that try to close the string or the IRI they sit in and add an update: the first stays one string
     * constant (the query runs, finds nothing, changes nothing); the second is not an IRI and is refused.
     */
    @Test
    void aParameterCannotCloseItsTermAndAddAnUpdate() {
        long triples;
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            triples = store.tripleCount();
        }
        for (String value : new String[] {"x\" } ; DROP ALL ; #", "x' } } ; CLEAR ALL ; SELECT * { #", "Mixtral\\\" . } INSERT DATA { <urn:a> <urn:b> 1 } #"}) {
            CommandRun.Outcome r = CommandRun.run("query", "entity-facts", "--store", storeDir.toString(), "--param", "entity=" + value, "--format", "csv");
            assertEquals(0, r.exitCode(), value + ": " + r.err());
            assertEquals(1, r.out().strip().lines().count(), "only the header row: " + r.out());
        }
        assertOneLineError(CommandRun.run("query", "entity-facts", "--store", storeDir.toString(), "--param", "entity=<urn:x> } ; DROP ALL ; #>"),
                "not an absolute IRI");
        assertOneLineError(CommandRun.run("query", "model-parameters", "--store", storeDir.toString(), "--param", "minParams=1 } ; DROP ALL ; #"),
                "expects a number");
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            assertEquals(triples, store.tripleCount(), "nothing was changed");
            assertEquals(2, store.paperCount());
        }
    }

    @Test
    void withoutAQueryListsTheLibrary() {
        CommandRun.Outcome r = CommandRun.run("query");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("model-parameters") && r.out().contains("--param minParams=0"), r.out());
    }

    private static void assertOneLineError(CommandRun.Outcome r, String expected) {
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

}
