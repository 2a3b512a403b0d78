package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.StoreCreation;

/**
 * A build killed with SIGKILL at random moments, several times, then run to its end, gives exactly the
 * store of a build never interrupted: after each kill the store opens, is consistent (every paper graph
 * whole, the same as in an uninterrupted build; the entities graph derived from exactly the stored papers;
 * the text index in step); the resumed build adds the rest.
 *
 * <p>"Exactly" is modulo the times the build stamps: every {@code xsd:dateTime} literal (a paper graph's
 * build time, the description's {@code dct:modified}) is set to one value before comparing, because a
 * resumed build rightly records when each paper was really built. Everything else, blank nodes aside, must
 * be isomorphic graph by graph.
 */
class BuildCrashIT {
    private static final int PAPERS = 90;
    private static final int BATCH = 3;
    private static final Node FIXED_TIME = NodeFactory.createLiteralDT("2000-01-01T00:00:00Z", XSDDatatype.XSDdateTime);

    @TempDir
    static Path work;

    @Test
    void aBuildKilledAtRandomMomentsResumesToTheGraphOfAnUninterruptedBuild() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("data/train/train.jsonl")).subList(0, PAPERS);
        Files.write(work.resolve("papers.jsonl"), lines);

        long t0 = System.nanoTime();
        JarProcess.Result clean = JarProcess.run(work, Duration.ofMinutes(5), "build", "papers.jsonl", "--store", "clean", "--batch", "" + BATCH);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, clean.exitCode(), clean.output());
        long total = assertConsistent(work.resolve("clean"), "the uninterrupted build");
        DatasetGraph expected = normalisedCopy(work.resolve("clean"));

        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        // papers in the store before the first run (none), then after each kill
        List<Long> papersAfterKill = new ArrayList<>(List.of(0L));
        Path nodeData = work.resolve("resumed/Data-0001/nodes-data.obj");
        int extraDelayMs = 500;
        // three kills, and more (up to six) until one has left a store part way through the corpus
        for (int kill = 0; kill < 3 || kill < 6 && papersAfterKill.stream().noneMatch(n -> n > 0 && n < total); kill++) {
            long sizeBefore = Files.exists(nodeData) ? Files.size(nodeData) : 0;
            long delay;
            try (JarProcess build = JarProcess.start(work, "build", "papers.jsonl", "--store", "resumed", "--batch", "" + BATCH)) {
                long started = System.nanoTime();
                if (kill == 0 && random.nextBoolean()) {
                    // sometimes before anything is written: during start-up, reading or extracting
                    Thread.sleep((long) (buildSeconds * 1000 * (0.1 + 0.5 * random.nextDouble())));
                } else {
                    // mostly once this run has begun writing (the node file grows inside a batch's transaction),
                    // then a little later: during a batch's write, its commit, or the next batch
                    long deadline = started + (long) (buildSeconds * 3e9);
                    while (build.isAlive() && System.nanoTime() < deadline
                            && (Files.exists(nodeData) ? Files.size(nodeData) : 0) <= sizeBefore) {
                        Thread.sleep(2);
                    }
                    Thread.sleep(random.nextInt(extraDelayMs));
                }
                delay = (System.nanoTime() - started) / 1_000_000;
                boolean wasRunning = build.isAlive();
                build.kill();
                if (!wasRunning) {
                    assertTrue(build.printed().contains("build: "), "a build that ended by itself ended well: " + build.printed());
                }
            }
            String when = "after kill " + (kill + 1) + " at " + delay + " ms (seed " + seed + ")";
            long papers = assertConsistent(work.resolve("resumed"), when);
            if (papersAfterKill.get(papersAfterKill.size() - 1) == papers) {
                extraDelayMs *= 2;   // no batch committed in this run: let the next one get further
            }
            papersAfterKill.add(papers);
            assertWholePapers(expected, normalisedCopy(work.resolve("resumed")), when);
        }
        assertTrue(papersAfterKill.stream().anyMatch(n -> n > 0 && n < total),
                "at least one kill landed after a batch was stored and before the build ended: " + papersAfterKill + " (seed " + seed + ")");

        JarProcess.Result resumed = JarProcess.run(work, Duration.ofMinutes(5), "build", "papers.jsonl", "--store", "resumed", "--batch", "" + BATCH);
        assertEquals(0, resumed.exitCode(), resumed.output());
        assertEquals(total, assertConsistent(work.resolve("resumed"), "after the resumed build"));

        DatasetGraph actual = normalisedCopy(work.resolve("resumed"));
        assertSameGraphs(expected, actual, "kills after " + papersAfterKill + " papers, seed " + seed);

        System.out.printf("BuildCrashIT: uninterrupted build %.1f s; %d papers in the store after each SIGKILL: %s (seed %d)%n",
                buildSeconds, total, papersAfterKill, seed);
        JarProcess.Result validate = JarProcess.run(work, Duration.ofMinutes(3), "validate", "--store", "resumed");
        assertEquals(0, validate.exitCode(), validate.output());
    }

    /**
     * A build killed while TDB2 writes the new database (some forty files, a few hundred milliseconds)
     * leaves a store that the next build opens, recreates and fills. Without the creation marker such a
     * store could not be opened again.
     */
    @Test
    void aBuildKilledWhileItCreatesTheStoreLeavesOneTheNextBuildCompletes() throws Exception {
        int papers = 6;
        Files.write(work.resolve("few.jsonl"), Files.readAllLines(Path.of("data/train/train.jsonl")).subList(0, papers));
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        int landed = 0;
        for (int attempt = 0; attempt < 8 && landed < 2; attempt++) {
            String name = "creating-" + attempt;
            Path store = work.resolve(name);
            try (JarProcess build = JarProcess.start(work, "build", "few.jsonl", "--store", name, "--batch", "2")) {
                // TDB2 makes Data-0001 first and fills it next
                long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                while (build.isAlive() && System.nanoTime() < deadline && !Files.isDirectory(store.resolve("Data-0001"))) {
                    Thread.sleep(1);
                }
                Thread.sleep(random.nextInt(120));
                build.kill();
            }
            if (!Files.exists(store.resolve(StoreCreation.MARKER))) continue;   // the kill came after the creation
            landed++;
            String when = "after a kill during creation, attempt " + attempt + " (seed " + seed + ")";
            JarProcess.Result next = JarProcess.run(work, Duration.ofMinutes(5), "build", "few.jsonl", "--store", name, "--batch", "2");
            assertEquals(0, next.exitCode(), when + ": " + next.output());
            assertEquals(papers, assertConsistent(store, when));
            assertFalse(Files.exists(store.resolve(StoreCreation.MARKER)), when);
        }
        assertTrue(landed > 0, "no kill landed while the store was being created (seed " + seed + ")");
        System.out.printf("BuildCrashIT: %d kills landed during store creation (seed %d)%n", landed, seed);
    }

    /** Opens the store as the next build would, checks it, and returns its paper count. */
    private static long assertConsistent(Path dir, String when) {
        try (KnowledgeStore kg = KnowledgeStore.open(dir)) {
            assertTrue(kg.textIndexIsConsistent(), when + ": text index in step after opening");
            return Txn.calculateRead(kg.dataset(), () -> {
                DatasetGraph dsg = kg.dataset().asDatasetGraph();
                Graph storedEntities = GraphFactory.createDefaultGraph();
                dsg.getGraph(NodeFactory.createURI(KnowledgeStore.ENTITIES_GRAPH)).find().forEachRemaining(storedEntities::add);
                Graph derived = org.paperkg.store.EntitiesGraphAccess.derive(dsg);
                assertTrue(storedEntities.isIsomorphicWith(derived), when + ": the entities graph is derived from exactly the stored papers");
                return kg.paperCount();
            });
        }
    }

    /** Every quad of the store, with each xsd:dateTime literal set to one value. */
    private static DatasetGraph normalisedCopy(Path dir) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        try (KnowledgeStore kg = KnowledgeStore.open(dir)) {
            Txn.executeRead(kg.dataset(), () -> {
                Iterator<Quad> quads = kg.dataset().asDatasetGraph().find();
                quads.forEachRemaining(q -> {
                    Node o = q.getObject();
                    boolean time = o.isLiteral() && XSDDatatype.XSDdateTime.getURI().equals(o.getLiteralDatatypeURI());
                    copy.add(q.getGraph(), q.getSubject(), q.getPredicate(), time ? FIXED_TIME : o);
                });
            });
        }
        return copy;
    }

    /** Every paper graph the interrupted store holds is whole: the same as that paper's graph in the uninterrupted build. */
    private static void assertWholePapers(DatasetGraph expected, DatasetGraph actual, String when) {
        for (String name : names(actual)) {
            if (!name.contains("/graph/paper/")) continue;
            Graph e = expected.getGraph(NodeFactory.createURI(name));
            assertTrue(e.isIsomorphicWith(actual.getGraph(NodeFactory.createURI(name))), when + ": " + name + " is not whole");
        }
    }

    private static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual, String context) {
        Set<String> expectedNames = names(expected);
        assertEquals(expectedNames, names(actual), context);
        assertFalse(expectedNames.isEmpty());
        assertTrue(expected.getDefaultGraph().isIsomorphicWith(actual.getDefaultGraph()), "default graph; " + context);
        for (String name : expectedNames) {
            Graph e = expected.getGraph(NodeFactory.createURI(name));
            Graph a = actual.getGraph(NodeFactory.createURI(name));
            if (!e.isIsomorphicWith(a)) {
                List<Triple> missing = e.find().filterDrop(a::contains).toList();
                List<Triple> extra = a.find().filterDrop(e::contains).toList();
                throw new AssertionError(name + " differs (" + context + "); only in the uninterrupted build: "
                        + missing.subList(0, Math.min(5, missing.size())) + "; only in the resumed one: "
                        + extra.subList(0, Math.min(5, extra.size())));
            }
        }
    }

    private static Set<String> names(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }
}
