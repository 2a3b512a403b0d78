package org.paperkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperkg.store.StoreFixtures;

/** A real Fuseki server on a free port, over the store fixture, queried with plain HTTP. */
class KgServerTest {
    @RegisterExtension
    static final FixtureServer fixture = FixtureServer.standard();

    private static final String PAPER_COUNT =
            "PREFIX pkg: <https://w3id.org/paperkg/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?papers) WHERE { ?p a pkg:Paper }";
    /** HTTP/1.1 only: the default h2c upgrade attempt can lose the answer when the server refuses a POST early. */
    private static final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void sparqlEndpointAnswersOverTheUnionDefaultGraph() throws Exception {
        assertTrue(fixture.server().port() > 0);
        assertEquals("http://localhost:" + fixture.server().port() + "/kg/sparql", fixture.server().sparqlUrl());
        assertEquals(2, firstInteger(select(fixture.server().sparqlUrl(), PAPER_COUNT), "papers"));
        assertEquals(2, firstInteger(select(fixture.server().datasetUrl() + "/query", PAPER_COUNT), "papers"));
    }

    @Test
    void queriesJoinPaperGraphsWithTheEntitiesGraph() throws Exception {
        String labelledModels = """
                PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT (COUNT(DISTINCT ?m) AS ?models) WHERE { ?m pkg:parameterCount ?q ; skos:prefLabel ?label }""";
        assertEquals(3, firstInteger(select(fixture.server().sparqlUrl(), labelledModels), "models"));
    }

    @Test
    void updatesAreRefusedAndLeaveTheStoreUnchanged() throws Exception {
        long before = fixture.store().tripleCount();
        String drop = "DROP ALL";
        for (String target : new String[] {"/kg/update", "/kg", "/kg/sparql"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base() + target))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(drop)).build());
            assertClientError(response, "SPARQL Update to " + target);
        }
        HttpResponse<String> formUpdate = send(HttpRequest.newBuilder(URI.create(fixture.server().sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(drop, StandardCharsets.UTF_8))).build());
        assertClientError(formUpdate, "form-encoded update to /kg/sparql");
        HttpResponse<String> graphPut = send(HttpRequest.newBuilder(URI.create(base() + "/kg/get?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertClientError(graphPut, "Graph Store PUT to /kg/get");

        assertEquals(before, fixture.store().tripleCount());
        assertEquals(2, firstInteger(select(fixture.server().sparqlUrl(), PAPER_COUNT), "papers"));
    }

    @Test
    void queriesCannotMakeTheServerFetchOtherUrls() throws Exception {
        String viaService = "SELECT * WHERE { SERVICE <" + fixture.server().sparqlUrl() + "> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(
                        fixture.server().sparqlUrl() + "?query=" + URLEncoder.encode(viaService, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build());
        assertTrue(response.statusCode() >= 400, "SERVICE answered " + response.statusCode() + ": " + response.body());
    }

    @Test
    void graphStoreReadReturnsAPaperGraph() throws Exception {
        String url = base() + "/kg/get?graph=" + URLEncoder.encode(StoreFixtures.MIXTRAL_PAPER_GRAPH, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle").GET().build());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Mixtral of Experts"));
    }

    @Test
    void healthEndpointsAnswer200() throws Exception {
        HttpResponse<String> ping = send(HttpRequest.newBuilder(URI.create(base() + "/$/ping")).GET().build());
        assertEquals(200, ping.statusCode());
        HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create(base() + "/health")).GET().build());
        assertEquals(200, health.statusCode());
        assertEquals("OK", health.body().strip());
    }

    private static String base() {
        return "http://localhost:" + fixture.server().port();
    }

    private static JsonNode select(String endpoint, String query) throws IOException, InterruptedException {
        String url = endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/sparql-results+json").GET().build());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }

    private static long firstInteger(JsonNode results, String var) {
        return results.path("results").path("bindings").get(0).path(var).path("value").asLong();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException stale) {
            // The client may reuse a pooled connection that Jetty has just closed after an error
            // response; that is the client's problem, not the server's answer. One fresh retry.
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void assertClientError(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, what + " answered " + status + ": " + response.body());
    }
}
