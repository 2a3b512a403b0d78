package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ingest.InputProblems;
import org.paperkg.publish.KgServer;
import org.paperkg.publish.ServerOptions;
import org.paperkg.rdf.Iris;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.PaperStore;
import org.paperkg.store.RemoteStore;
import org.paperkg.store.SourceRemoval;

/**
 * Incremental and idempotent builds, locally and through a server, checked against fresh builds of the
 * same files: two files {@code a.jsonl} and {@code b.jsonl} of real abstracts (from data/gold/dev.jsonl)
 * sharing one paper, and a second version of {@code a.jsonl} in which one abstract changed.
 *
 * <p>The steps run in order on one local store and one server-side store: build a, build a again,
 * add b, change a, remove b. After each step the store must hold what a fresh build of the same files
 * holds: the same paper graphs and triple count, and the same entities graph (labels, aliases, mention
 * counts), and the text index must be in step.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalBuildTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHANGED_ABSTRACT = "We present QuokkaNet, a compact vision transformer trained on the"
            + " WallabySet corpus. QuokkaNet reaches 81.2% accuracy on ImageNet with 22M parameters.";

    @TempDir
    static Path dir;
    static Path a;
    static Path b;
    static Path a2;
    static String oldAbstractWords;
    static String changedPaperTitle;

    static Snapshot freshAB;
    static Snapshot freshA2B;
    static Snapshot freshA2;

    static KnowledgeStore local;
    static KnowledgeStore served;
    static KgServer server;
    static RemoteStore remote;

    @BeforeAll
    static void prepare() throws Exception {
        List<String> dev = Files.readAllLines(Path.of("data/gold/dev.jsonl")).subList(0, 7);
        Files.createDirectories(dir.resolve("v1"));
        Files.createDirectories(dir.resolve("v2"));
        a = dir.resolve("v1/a.jsonl");
        b = dir.resolve("v1/b.jsonl");
        a2 = dir.resolve("v2/a.jsonl");   // the same file name: a new version of a.jsonl
        Files.write(a, dev.subList(0, 4));
        Files.write(b, dev.subList(3, 7));   // dev line 3 is in both files
        List<String> changed = new ArrayList<>(dev.subList(0, 4));
        ObjectNode record = (ObjectNode) JSON.readTree(changed.get(1));
        changedPaperTitle = record.path("title").asText();
        oldAbstractWords = String.join(" ", List.of(record.path("abstract").asText().split("\\s+")).subList(0, 6));
        record.put("abstract", CHANGED_ABSTRACT);
        changed.set(1, JSON.writeValueAsString(record));
        Files.write(a2, changed);

        freshAB = fresh("ab", a, b);
        freshA2B = fresh("a2b", a2, b);
        freshA2 = fresh("a2", a2);

        local = KnowledgeStore.open(dir.resolve("local"));
        served = KnowledgeStore.open(dir.resolve("served"));
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "loader: load-Pa55\n");
        // a 100-row result limit makes the remote store page its queries; digest authentication (the
        // stock server in OperationsIT uses basic)
        server = KgServer.start(served.dataset(), ServerOptions.onPort(0).withMaxResults(100).withPasswordFile(passwd, "digest"));
        remote = RemoteStore.connect(server.datasetUrl(), "loader", "load-Pa55");
    }

    @AfterAll
    static void close() {
        if (remote != null) remote.close();
        if (server != null) server.close();
        if (served != null) served.close();
        if (local != null) local.close();
    }

    @Test
    @Order(1)
    void buildingTheSameFileTwiceChangesNothing() throws Exception {
        for (PaperStore store : stores()) {
            BuildCommand.BuildSummary first = build(store, a);
            assertEquals(4, first.added(), store.location());
            long triples = store.tripleCount();
            BuildCommand.BuildSummary again = build(store, a);
            assertEquals(List.of(0, 0, 4), List.of(again.added(), again.replaced(), again.unchanged()), store.location());
            assertEquals(triples, store.tripleCount(), "the same graph: " + store.location());
        }
        assertEquals(Snapshot.of(local), Snapshot.of(served), "local and remote builds agree");
    }

    @Test
    @Order(2)
    void addingAFileAddsOnlyItsPapersAndSharedPapersKeepBothSources() throws Exception {
        for (PaperStore store : stores()) {
            BuildCommand.BuildSummary s = build(store, b);
            assertEquals(List.of(3, 1, 0), List.of(s.added(), s.replaced(), s.unchanged()),
                    "three new papers; the shared one is rebuilt to list both files: " + store.location());
        }
        assertEquals(freshAB, Snapshot.of(local));
        assertEquals(freshAB, Snapshot.of(served));
        assertEquals(Set.of("a.jsonl", "b.jsonl"), sourcesOfSharedPaper(local));
    }

    @Test
    @Order(3)
    void aPaperWhoseTextChangedReplacesItsGraph() throws Exception {
        for (PaperStore store : stores()) {
            BuildCommand.BuildSummary s = build(store, a2);
            assertEquals(List.of(0, 1, 3), List.of(s.added(), s.replaced(), s.unchanged()), store.location());
        }
        assertEquals(freshA2B, Snapshot.of(local));
        assertEquals(freshA2B, Snapshot.of(served));
        for (KnowledgeStore store : List.of(local, served)) {
            assertEquals(Set.of(changedPaperTitle), searchTitles(store, "QuokkaNet AND WallabySet"));
            assertEquals(Set.of(), searchTitles(store, "\"" + oldAbstractWords.replace("\"", "") + "\""),
                    "the old abstract is gone from the index");
            assertTrue(store.textIndexIsConsistent());
        }
    }

    @Test
    @Order(4)
    void removingASourceRemovesOnlyThePapersThatCameFromItAlone() throws Exception {
        for (PaperStore store : stores()) {
            SourceRemoval r = store.removeSource("b.jsonl");
            assertEquals(new SourceRemoval("b.jsonl", 3, 1), r, store.location());
        }
        assertEquals(freshA2, Snapshot.of(local));
        assertEquals(freshA2, Snapshot.of(served));
        assertEquals(Set.of("a.jsonl"), sourcesOfSharedPaper(local));
        assertTrue(local.textIndexIsConsistent());
        assertTrue(served.textIndexIsConsistent());
    }

    // ---- helpers

    private static List<PaperStore> stores() {
        return List.of(local, remote);
    }

    private static BuildCommand.BuildSummary build(PaperStore store, Path... inputs) throws Exception {
        return BuildCommand.build(List.of(inputs), store, dir.resolve("rejects-" + System.nanoTime() + ".jsonl"), new InputOptions(),
                Iris.standard(), 2, InputProblems.quiet());
    }

    private static Snapshot fresh(String name, Path... inputs) throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("fresh-" + name))) {
            build(store, inputs);
            return Snapshot.of(store);
        }
    }

    /** What must agree between stores: paper graphs, triple count, the entities graph. */
    record Snapshot(Set<String> graphs, long triples, Graph entities) {
        static Snapshot of(KnowledgeStore store) {
            Graph entities = Txn.calculateRead(store.dataset(), () -> {
                Graph g = GraphFactory.createDefaultGraph();
                store.dataset().getNamedModel(KnowledgeStore.ENTITIES_GRAPH).getGraph().find().forEachRemaining(g::add);
                return g;
            });
            return new Snapshot(store.graphIris(), store.tripleCount(), entities);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s && graphs.equals(s.graphs) && triples == s.triples && entities.isIsomorphicWith(s.entities);
        }

        @Override
        public int hashCode() {
            return graphs.hashCode();
        }

        @Override
        public String toString() {
            return graphs.size() + " graphs, " + triples + " triples, " + entities.size() + " entity triples";
        }
    }

    /** The sources of the paper in dev line 3, the one in both files. */
    private static Set<String> sourcesOfSharedPaper(KnowledgeStore store) throws Exception {
        String title = JSON.readTree(Files.readAllLines(a).get(3)).path("title").asText();
        return strings(store, """
                PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?v WHERE { ?p dcterms:title %s ; pkg:sourceFile ?v }""".formatted(
                org.apache.jena.graph.NodeFactory.createLiteralString(title).toString()));
    }

    private static Set<String> searchTitles(KnowledgeStore store, String luceneQuery) {
        return strings(store, """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                SELECT ?v WHERE { ?p text:query (pkg:abstract %s) ; dcterms:title ?v }""".formatted(
                org.apache.jena.graph.NodeFactory.createLiteralString(luceneQuery).toString()));
    }

    private static Set<String> strings(KnowledgeStore store, String select) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(select).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.get("v").asLiteral().getString()));
            }
            return out;
        });
    }
}
