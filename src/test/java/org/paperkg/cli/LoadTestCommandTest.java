package org.paperkg.cli;

import org.paperkg.testing.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperkg.publish.FixtureServer;
import org.paperkg.publish.ServerOptions;
import org.paperkg.query.QueryLibrary;

/**
 * The short variant of the load test (CI): 10 clients for 4 s against a real server on loopback over the
 * store fixture. The 60 s, 50-client run is the documented command in the README, with its figures.
 */
class LoadTestCommandTest {
    @RegisterExtension
    static final FixtureServer fixture = FixtureServer.standard();

    @Test
    void everyLibraryQueryIsAnsweredUnderLoadWithoutErrors() {
        CommandRun.Outcome r = CommandRun.run("loadtest", "--url", fixture.server().sparqlUrl(), "--clients", "10", "--seconds", "4");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        for (var q : QueryLibrary.bundled().all()) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(q.name() + " ") && l.split("\\s+")[2].equals("0")),
                    q.name() + " row without errors in:\n" + r.out());
        }
        String all = r.out().lines().filter(l -> l.startsWith("all ")).findFirst().orElseThrow();
        String[] f = all.split("\\s+");
        assertTrue(Integer.parseInt(f[1]) >= QueryLibrary.bundled().all().size(), all);
        double p50 = Double.parseDouble(f[3]);
        double p99 = Double.parseDouble(f[5]);
        double max = Double.parseDouble(f[6]);
        assertTrue(0 < p50 && p50 <= p99 && p99 <= max, all);
        assertTrue(r.out().contains(", 0 errors"), r.out());
    }

    @Test
    void failedRequestsAreCountedAndGiveExitCode1() {
        CommandRun.Outcome r = CommandRun.run("loadtest", "--url", fixture.server().datasetUrl() + "/nosuchendpoint", "--clients", "2", "--seconds", "1",
                "--query", "paper-count");
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.err().contains("requests failed; first: paper-count: HTTP 404"), r.err());
    }

}
