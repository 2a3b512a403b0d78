package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, end to end: the packaged jar builds the bundled seed corpus, serves it
 * with Fuseki, answers a SPARQL count of papers over HTTP, and stops cleanly on SIGTERM.
 */
class ServeBuildIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void serveBuildAnswersAPaperCountOverHttp(@TempDir Path dir) throws Exception {
        int port = JarProcess.freePort();
        try (JarProcess server = JarProcess.start(dir, "serve", "--build", "--port", String.valueOf(port))) {
            String ready = server.awaitLine("serving", Duration.ofMinutes(3));
            assertTrue(ready.contains("427 papers"), ready);

            String query = "PREFIX pkg: <https://w3id.org/paperkg/ontology#> "
                    + "SELECT (COUNT(DISTINCT ?p) AS ?papers) WHERE { ?p a pkg:Paper }";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kg/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            JsonNode binding = JSON.readTree(response.body()).path("results").path("bindings").get(0);
            assertEquals(427, binding.path("papers").path("value").asInt());

            assertEquals(143, server.terminate(Duration.ofSeconds(30)), "SIGTERM ends the JVM through its shutdown hooks");
        }
    }

    @Test
    void extractWritesOneGoldLayoutRecordPerDevPaper(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("pred.jsonl");
        JarProcess.Result r = JarProcess.run(Path.of("").toAbsolutePath(), Duration.ofMinutes(2),
                "extract", "data/gold/dev.jsonl", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.output());
        var lines = java.nio.file.Files.readAllLines(out);
        assertEquals(60, lines.size());
        for (String line : lines) {
            JsonNode rec = JSON.readTree(line);
            assertTrue(rec.path("id").asText().startsWith("dev-"), line);
            for (String field : new String[] {"title", "models", "datasets", "organizations", "quantities", "relations"}) {
                assertTrue(rec.has(field), field + " missing in " + line);
            }
        }
    }
}
