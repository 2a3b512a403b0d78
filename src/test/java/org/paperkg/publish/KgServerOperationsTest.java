package org.paperkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.StoreFixtures;

/**
 * The server as an operator runs it: updates only with credentials, limits on queries, full-text search,
 * the query page and its assets, health, and graceful shutdown. One server (password file, 1 s query
 * timeout, 50-row limit) over the store fixture serves most tests.
 */
class KgServerOperationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PAPER_COUNT =
            "PREFIX pkg: <https://w3id.org/paperkg/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper }";

    @TempDir
    static Path dir;
    private static KnowledgeStore store;
    private static KgServer server;

    @BeforeAll
    static void start() throws IOException {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "# users who may update\nadmin: s3cret-Pa55\n");
        store = StoreFixtures.loadedStore();
        server = KgServer.start(store.dataset(), ServerOptions.onPort(0)
                .withQueryTimeout(Duration.ofSeconds(1))
                .withMaxResults(50)
                .withPasswordFile(passwd, "basic"));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    // ---- access control

    @Test
    void anonymousUpdatesAndUploadsAreRefusedAndChangeNothing() throws Exception {
        long before = store.tripleCount();
        String dataUrl = server.datasetUrl() + "/data?graph=" + enc("urn:x-test:sneaky");
        HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
        assertRefused(update, "anonymous SPARQL Update");
        HttpResponse<String> formUpdate = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc("CLEAR ALL"))).build());
        assertRefused(formUpdate, "anonymous form-encoded update");
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(dataUrl))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertRefused(put, "anonymous GSP PUT");
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(dataUrl))
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertRefused(post, "anonymous GSP POST");
        HttpResponse<String> delete = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph="
                + enc(StoreFixtures.MIXTRAL_PAPER_GRAPH))).DELETE().build());
        assertRefused(delete, "anonymous GSP DELETE");
        HttpResponse<String> wrongPassword = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Authorization", basic("admin", "guess"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
        assertEquals(401, wrongPassword.statusCode(), "a wrong password");
        // updates are not accepted on the query endpoints either
        for (String target : new String[] {"", "/sparql", "/query", "/get"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + target))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "update to /kg" + target + ": " + r.statusCode());
        }

        assertEquals(before, store.tripleCount());
        assertEquals(2, count(PAPER_COUNT));
    }

    @Test
    void aLoggedInUserCanUpdateAndUpload() throws Exception {
        String graph = "urn:x-test:upload";
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph=" + enc(graph)))
                .header("Authorization", basic("admin", "s3cret-Pa55"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x-test:s> <http://purl.org/dc/terms/title> \"Uploaded quokka study\" .")).build());
        assertTrue(put.statusCode() == 200 || put.statusCode() == 201 || put.statusCode() == 204, put.statusCode() + " " + put.body());
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }"));
        assertEquals(1, count("PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?s text:query (<http://purl.org/dc/terms/title> 'quokka') }"),
                "an upload through Fuseki is indexed too");

        HttpResponse<String> drop = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Authorization", basic("admin", "s3cret-Pa55"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP GRAPH <" + graph + ">")).build());
        assertTrue(drop.statusCode() / 100 == 2, drop.statusCode() + " " + drop.body());
        assertEquals(0, count("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }"));
        assertEquals(0, count("PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?s text:query (<http://purl.org/dc/terms/title> 'quokka') }"),
                "dropping the graph removed its index entries");
        assertTrue(store.textIndexIsConsistent());
    }

    // ---- limits

    @Test
    void aRunawayQueryTimesOutWhileOtherQueriesAreAnswered() throws Exception {
        String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> runaway = http.sendAsync(query(crossProduct), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        for (int i = 0; i < 3; i++) {
            long q0 = System.nanoTime();
            assertEquals(2, count(PAPER_COUNT));
            assertTrue(System.nanoTime() - q0 < TimeUnit.SECONDS.toNanos(2), "answered while the runaway query runs");
        }
        HttpResponse<String> response = runaway.get(20, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(response.statusCode() >= 400, "the runaway query answered " + response.statusCode() + ": " + response.body());
        assertTrue(seconds < 10, "stopped by the 1 s timeout, not by finishing: " + seconds + " s");
        assertEquals(2, count(PAPER_COUNT), "the server still answers");
    }

    @Test
    void selectResultsAreCappedAndTheResponseSaysSo() throws Exception {
        HttpResponse<String> all = send(query("SELECT * WHERE { ?s ?p ?o }"));
        assertEquals(200, all.statusCode());
        assertEquals(50, JSON.readTree(all.body()).path("results").path("bindings").size());
        assertEquals("50", all.headers().firstValue(LimitedQuery.LIMIT_HEADER).orElse(null));

        HttpResponse<String> few = send(query("SELECT * WHERE { ?s ?p ?o } LIMIT 7"));
        assertEquals(7, JSON.readTree(few.body()).path("results").path("bindings").size());
        assertNull(few.headers().firstValue(LimitedQuery.LIMIT_HEADER).orElse(null), "a smaller LIMIT is left alone");

        HttpResponse<String> paged = send(query("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 50 OFFSET 50"));
        assertEquals(50, JSON.readTree(paged.body()).path("results").path("bindings").size(), "clients page with OFFSET");
    }

    // ---- search, page, health

    @Test
    void fullTextSearchAnswersOverHttp() throws Exception {
        JsonNode rows = JSON.readTree(send(query("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT DISTINCT ?paper ?title WHERE { ?paper text:query (dcterms:title "experts") ; dcterms:title ?title }""")).body())
                .path("results").path("bindings");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Mixtral of Experts", rows.get(0).path("title").path("value").asText());
    }

    @Test
    void theQueryPageIsServedAtTheRootWithLocalAssetsOnly() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(server.rootUrl())).GET().build());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(page.body()).find(),
                "no asset from another host (no CDN): " + page.body());
        var assets = Pattern.compile("(?:src|href)=\"/?([^\"]+\\.(?:js|css))\"").matcher(page.body());
        int n = 0;
        while (assets.find()) {
            HttpResponse<String> asset = send(HttpRequest.newBuilder(URI.create(server.rootUrl() + assets.group(1))).GET().build());
            assertEquals(200, asset.statusCode(), assets.group(1));
            n++;
        }
        assertTrue(n > 0, "the page loads its scripts from this server");

        JsonNode status = JSON.readTree(send(HttpRequest.newBuilder(URI.create(server.rootUrl() + "$/server")).GET().build()).body());
        assertEquals("/kg", status.path("datasets").get(0).path("ds.name").asText(), status.toString());
        // the UI's admin operations are not there: no dataset creation or deletion over HTTP
        HttpResponse<String> create = send(HttpRequest.newBuilder(URI.create(server.rootUrl() + "$/datasets"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("dbName=evil&dbType=mem")).build());
        assertTrue(create.statusCode() >= 400, "dataset creation answered " + create.statusCode());
    }

    @Test
    void healthEndpointReportsOk() throws Exception {
        HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create(server.rootUrl() + "health")).GET().build());
        assertEquals(200, health.statusCode());
        assertEquals("OK", health.body().strip());
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(server.rootUrl() + "$/ping")).GET().build()).statusCode());
    }

    // ---- shutdown

    /** Sleeps for its argument in milliseconds: a query that is still running when the server is stopped. */
    public static final class Sleep extends FunctionBase1 {
        static final CountDownLatch STARTED = new CountDownLatch(1);

        @Override
        public NodeValue exec(NodeValue ms) {
            STARTED.countDown();
            try {
                Thread.sleep(ms.getInteger().longValue());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return NodeValue.makeString("finished");
        }
    }

    @Test
    void closingWaitsForRunningQueriesThenRefusesNewOnes() throws Exception {
        FunctionRegistry.get().put("urn:x-test:sleep", Sleep.class);
        try (KnowledgeStore own = StoreFixtures.loadedStore()) {
            KgServer second = KgServer.start(own.dataset(), ServerOptions.onPort(0));
            String url = second.sparqlUrl();
            CompletableFuture<HttpResponse<String>> running = http.sendAsync(HttpRequest.newBuilder(URI.create(
                            url + "?query=" + enc("SELECT ?x WHERE { BIND(<urn:x-test:sleep>(1500) AS ?x) }")))
                    .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(Sleep.STARTED.await(10, TimeUnit.SECONDS), "the slow query started");
            long t0 = System.nanoTime();
            second.close();
            double closeSeconds = (System.nanoTime() - t0) / 1e9;

            HttpResponse<String> response = running.get(10, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("finished", JSON.readTree(response.body()).path("results").path("bindings").get(0).path("x").path("value").asText());
            assertTrue(closeSeconds > 0.5, "close waited for the running query: " + closeSeconds + " s");
            assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(URI.create(url + "?query=" + enc(PAPER_COUNT)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()), "no new requests after close");
        }
    }

    // ---- helpers

    private static HttpRequest query(String q) {
        return HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(q))).build();
    }

    private static long count(String q) throws Exception {
        HttpResponse<String> r = send(query(q));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("results").path("bindings").get(0).path("n").path("value").asLong();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException stale) {
            // Jetty closes a connection after refusing a request whose body it did not read; the client
            // may already have picked that pooled connection for the next request. One fresh retry.
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() == 401 || r.statusCode() == 403, what + " answered " + r.statusCode() + ": " + r.body());
    }
}
