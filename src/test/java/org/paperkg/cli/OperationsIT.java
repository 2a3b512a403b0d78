package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ingest.InputProblems;
import org.paperkg.rdf.Iris;
import org.paperkg.store.KnowledgeStore;

/**
 * The packaged jar and the stock Fuseki server, each as its own process, the way an operator runs them,
 * on one store folder: build it; serve it with a password file and stop it with SIGTERM; compact it
 * after repeated replacements; serve it with the stock {@code jena-fuseki-server} jar and
 * {@code config/fuseki-kg.ttl} (text index, union default graph, logged-in updates); load into that
 * server with {@code paperkg build --to} and {@code paperkg remove --to}; and check that the store
 * still opens cleanly, with its text index in step, after each server stopped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {

    static final Path STOCK_FUSEKI = Path.of("target/fuseki/jena-fuseki-server.jar");
    static final Path CONFIG = Path.of("config/fuseki-kg.ttl");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PAPER_COUNT =
            "PREFIX pkg: <https://w3id.org/paperkg/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper }";

    @TempDir
    static Path work;
    static Path a;
    static Path b;
    static Path a2;
    static String changedTitle;

    @BeforeAll
    static void inputs() throws IOException {
        List<String> dev = Files.readAllLines(Path.of("data/gold/dev.jsonl")).subList(10, 16);
        Files.createDirectories(work.resolve("v2"));
        a = work.resolve("a.jsonl");
        b = work.resolve("b.jsonl");
        a2 = work.resolve("v2/a.jsonl");
        Files.write(a, dev.subList(0, 3));
        Files.write(b, dev.subList(3, 6));
        List<String> changed = new ArrayList<>(dev.subList(0, 3));
        ObjectNode record = (ObjectNode) JSON.readTree(changed.get(0));
        changedTitle = record.path("title").asText();
        record.put("abstract", "We introduce PlatypusLM, a 3B-parameter language model trained on 1T tokens of EchidnaText.");
        changed.set(0, JSON.writeValueAsString(record));
        Files.write(a2, changed);
        Files.writeString(work.resolve("passwd"), "admin: Adm1n-pw\n");
        Files.writeString(work.resolve("admin.pw"), "Adm1n-pw\n");
    }

    @Test
    @Order(1)
    void buildAndServeWithAPasswordFileThenStopWithSigterm() throws Exception {
        JarProcess.Result built = JarProcess.run(work, Duration.ofMinutes(3), "build", "a.jsonl", "--store", "kg");
        assertEquals(0, built.exitCode(), built.output());
        assertTrue(built.output().contains("3 papers (3 new, 0 changed, 0 unchanged)"), built.output());
        JarProcess.Result again = JarProcess.run(work, Duration.ofMinutes(3), "build", "a.jsonl", "--store", "kg");
        assertTrue(again.output().contains("3 papers (0 new, 0 changed, 3 unchanged)"), again.output());

        int port = JarProcess.freePort();
        try (JarProcess server = JarProcess.start(work, "serve", "--store", "kg", "--port", String.valueOf(port),
                "--password-file", "passwd", "--timeout", "5", "--max-results", "1000")) {
            server.awaitLine("serving 3 papers", Duration.ofMinutes(2));
            String base = "http://localhost:" + port;
            assertEquals(200, get(base + "/health").statusCode());
            assertEquals(200, get(base + "/").statusCode(), "the query page");
            assertEquals(3, count(base + "/kg/sparql", PAPER_COUNT));
            assertAnonymousWritesRefused(base + "/kg");
            assertEquals(3, count(base + "/kg/sparql", PAPER_COUNT));
            assertEquals(143, server.terminate(Duration.ofSeconds(60)), "SIGTERM ends the JVM through its shutdown hooks");
        }
        assertStoreClosedCleanly(3);
    }

    @Test
    @Order(2)
    void compactionAfterManyReplacementsKeepsDataAndTextIndex() throws Exception {
        for (int i = 0; i < 2; i++) {
            assertEquals(0, JarProcess.run(work, Duration.ofMinutes(3), "build", "v2/a.jsonl", "--store", "kg").exitCode());
            assertEquals(0, JarProcess.run(work, Duration.ofMinutes(3), "build", "a.jsonl", "--store", "kg").exitCode());
        }
        JarProcess.Result compact = JarProcess.run(work, Duration.ofMinutes(3), "compact", "--store", "kg");
        assertEquals(0, compact.exitCode(), compact.output());
        assertTrue(compact.output().contains("in step with the data"), compact.output());
        try (var dirs = Files.list(work.resolve("kg"))) {
            assertEquals(List.of("Data-0002"), dirs.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).toList());
        }
        assertStoreClosedCleanly(3);
    }

    @Test
    @Order(3)
    void theStockFusekiServerServesTheStoreWithTheConfigFileAndTakesLoadsFromPaperkg() throws Exception {
        assertTrue(Files.exists(STOCK_FUSEKI), STOCK_FUSEKI + " is copied there by 'mvn verify' (pre-integration-test)");
        int port = JarProcess.freePort();
        String base = "http://localhost:" + port;
        Process fuseki = new ProcessBuilder("java", "-Xmx1g", "-jar", STOCK_FUSEKI.toAbsolutePath().toString(),
                "--config", CONFIG.toAbsolutePath().toString(), "--passwd", "passwd", "--port", String.valueOf(port))
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("fuseki.log").toFile()).start();
        try {
            awaitUp(base + "/$/ping", fuseki);
            // the store as paperkg built it: union default graph, text index
            assertEquals(3, count(base + "/kg/query", PAPER_COUNT));
            assertEquals(1, count(base + "/kg/sparql", """
                    PREFIX text: <http://jena.apache.org/text#>
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p text:query (dcterms:title %s) }"""
                    .formatted(quoted("\"" + changedTitle.replace("\"", " ") + "\""))), "a title search");
            assertAnonymousWritesRefused(base + "/kg");
            assertEquals(3, count(base + "/kg/query", PAPER_COUNT));

            Files.writeString(work.resolve("wrong.pw"), "not-the-password\n");
            JarProcess.Result wrong = JarProcess.run(work, Duration.ofMinutes(3), "build", "b.jsonl", "--to", base + "/kg",
                    "--user", "admin", "--password-file", "wrong.pw");
            assertEquals(1, wrong.exitCode(), wrong.output());
            assertTrue(wrong.output().contains("refused the user and password"), wrong.output());
            assertEquals(3, count(base + "/kg/query", PAPER_COUNT), "nothing loaded");

            JarProcess.Result load = JarProcess.run(work, Duration.ofMinutes(3), "build", "v2/a.jsonl", "b.jsonl",
                    "--to", base + "/kg", "--user", "admin", "--password-file", "admin.pw");
            assertEquals(0, load.exitCode(), load.output());
            assertTrue(load.output().contains("6 papers (3 new, 1 changed, 2 unchanged)"), load.output());
            assertEquals(6, count(base + "/kg/query", PAPER_COUNT));
            String platypus = """
                    PREFIX text: <http://jena.apache.org/text#>
                    PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                    SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p text:query (pkg:abstract "PlatypusLM EchidnaText") }""";
            assertEquals(1, count(base + "/kg/query", platypus), "the changed abstract is searchable on the stock server");
            assertTrue(entitiesOfFreshBuild(a2, b).isIsomorphicWith(entitiesOn(base)),
                    "the entities graph the server holds is the one a fresh build makes");

            JarProcess.Result remove = JarProcess.run(work, Duration.ofMinutes(3), "remove", "b.jsonl",
                    "--to", base + "/kg", "--user", "admin", "--password-file", "passwd");
            assertEquals(0, remove.exitCode(), remove.output());
            assertEquals(3, count(base + "/kg/query", PAPER_COUNT));
            assertTrue(entitiesOfFreshBuild(a2).isIsomorphicWith(entitiesOn(base)));
        } finally {
            fuseki.destroy();
            assertTrue(fuseki.waitFor(60, TimeUnit.SECONDS), "the stock server stops on SIGTERM");
        }
        assertStoreClosedCleanly(3);
        try (KnowledgeStore kg = KnowledgeStore.open(work.resolve("kg"))) {
            assertTrue(kg.textIndexWasConsistent(), "the stock server kept the text index in step: " + kg.textIndexAtOpening());
        }
    }

    @Test
    @Order(4)
    void removingTheLastSourceLocallyEmptiesTheStore() throws Exception {
        JarProcess.Result remove = JarProcess.run(work, Duration.ofMinutes(2), "remove", "a.jsonl", "--store", "kg");
        assertEquals(0, remove.exitCode(), remove.output());
        assertTrue(remove.output().contains("3 papers removed"), remove.output());
        assertStoreClosedCleanly(0);
    }

    // ---- helpers

    /** The store opens (no lock left behind), holds the papers, and its text index needed no repair. */
    private static void assertStoreClosedCleanly(long papers) {
        try (KnowledgeStore kg = KnowledgeStore.open(work.resolve("kg"))) {
            assertEquals(papers, kg.paperCount());
            assertTrue(kg.textIndexWasConsistent(), kg.textIndexAtOpening());
        }
    }

    private static void assertAnonymousWritesRefused(String dataset) throws Exception {
        HttpResponse<String> update = sendFresh(HttpRequest.newBuilder(URI.create(dataset + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
        assertTrue(update.statusCode() == 401 || update.statusCode() == 403, "anonymous update: " + update.statusCode());
        HttpResponse<String> put = sendFresh(HttpRequest.newBuilder(URI.create(dataset + "/data?graph=" + enc("urn:x:g")))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertTrue(put.statusCode() == 401 || put.statusCode() == 403, "anonymous GSP PUT: " + put.statusCode());
    }

    private static Graph entitiesOfFreshBuild(Path... inputs) throws Exception {
        Path dir = Files.createTempDirectory(work, "fresh");
        try (KnowledgeStore kg = KnowledgeStore.open(dir.resolve("kg"))) {
            BuildCommand.build(List.of(inputs), kg, dir.resolve("rejects.jsonl"), new InputOptions(), Iris.standard(), 500,
                    InputProblems.quiet());
            return Txn.calculateRead(kg.dataset(), () -> {
                Graph g = GraphFactory.createDefaultGraph();
                kg.dataset().getNamedModel(KnowledgeStore.ENTITIES_GRAPH).getGraph().find().forEachRemaining(g::add);
                return g;
            });
        }
    }

    private static Graph entitiesOn(String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/get?graph=" + enc(KnowledgeStore.ENTITIES_GRAPH)))
                .header("Accept", "application/n-triples").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
        return g;
    }

    private static void awaitUp(String url, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the stock server exited: " + Files.readString(work.resolve("fuseki.log")));
            try {
                if (get(url).statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the stock server did not come up: " + Files.readString(work.resolve("fuseki.log")));
    }

    /**
     * A refused write on a new connection: the server closes a connection after refusing a request
     * whose body it did not read, so a pooled one could be stale.
     */
    private static HttpResponse<String> sendFresh(HttpRequest request) throws IOException, InterruptedException {
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(String endpoint, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode row = JSON.readTree(r.body()).path("results").path("bindings").get(0);
        return row.path("n").path("value").asLong();
    }

    private static String quoted(String s) {
        return org.apache.jena.graph.NodeFactory.createLiteralString(s).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
