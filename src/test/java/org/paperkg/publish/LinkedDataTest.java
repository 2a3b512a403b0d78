package org.paperkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperkg.rdf.PKG;
import org.paperkg.store.PaperGraph;

/** Dereferenceable entity IRIs and the dataset description, on a real server over the store fixture. */
class LinkedDataTest {

    @RegisterExtension
    static final FixtureServer fixture = FixtureServer.standard().loading(store -> store.loadBatch(List.of(hostileGraph())));

    private static final String BASE = "https://w3id.org/paperkg/";
    private static final String MIXTRAL = BASE + "model/mixtral8x7b";
    /** The fixture store's preferred label of {@link #MIXTRAL} (the entities graph picks the shortest alias). */
    private static final String MIXTRAL_LABEL = "Mixtral";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /** A paper and a model whose title and label are markup. */
    private static PaperGraph hostileGraph() {
        Model m = ModelFactory.createDefaultModel();
        Resource model = m.createResource(BASE + "model/evilnet")
                .addProperty(RDF.type, PKG.Model)
                .addProperty(SKOS.altLabel, SCRIPT)
                .addProperty(PKG.normalizedKey, "evilnet");
        m.createResource(BASE + "paper/deadbeef")
                .addProperty(RDF.type, PKG.Paper)
                .addProperty(DCTerms.title, "On " + SCRIPT + " models")
                .addProperty(PKG.mentions, model);
        return new PaperGraph(BASE + "graph/paper/deadbeef", m);
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/n-triples, NTRIPLES",
            "application/rdf+xml, RDFXML", "'application/rdf+xml;q=0.5, text/turtle', TURTLE"})
    void eachRdfTypeGivesTheEntityWithLabelAndEvidence(String accept, String langName) throws Exception {
        HttpResponse<String> response = get("/model/mixtral8x7b", accept);
        assertEquals(200, response.statusCode(), response.body());
        Lang lang = switch (langName) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
        assertTrue(response.headers().firstValue("Content-Type").orElse("")
                .startsWith(lang.getContentType().getContentTypeStr()), response.headers().toString());
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), BASE, lang);
        Resource e = m.createResource(MIXTRAL);
        assertTrue(m.contains(e, SKOS.prefLabel, MIXTRAL_LABEL), "prefLabel in " + response.body());
        assertTrue(m.contains(e, SKOS.altLabel, (RDFNode) null), "aliases");
        assertTrue(m.contains(e, PKG.basedOn, m.createResource(BASE + "model/mistral7b")));
        Literal sentence = m.createLiteral("Mixtral reaches 70.6% on MMLU.");
        assertTrue(m.contains(null, PKG.sentence, sentence), "evidence sentence in " + response.body());
        assertTrue(m.contains(m.createResource(BASE + "paper/2401.04088"), PKG.mentions, e), "mentioning paper");
        assertTrue(m.contains(m.createResource(BASE + "paper/2401.04088"), DCTerms.title, "Mixtral of Experts"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*", ""})
    void browsersGetAPageWithLinksToRelatedEntities(String accept) throws Exception {
        HttpResponse<String> response = get("/model/mixtral8x7b", accept.isEmpty() ? null : accept);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String page = response.body();
        assertTrue(page.contains("<h1>" + MIXTRAL_LABEL + "</h1>"), page);
        assertTrue(page.contains("href=\"/model/mistral7b\""), page);
        assertTrue(page.contains("href=\"/org/mistralai\""), page);
        assertTrue(page.contains("Mixtral reaches 70.6% on MMLU."), page);
        assertTrue(page.contains("Mixtral of Experts"), page);
        assertTrue(page.contains("href=\"/paper/2401.04088\""), page);
    }

    @Test
    void otherKindsOfIrisAnswerToo() throws Exception {
        assertEquals(200, get("/org/mistralai", "text/turtle").statusCode());
        assertEquals(200, get("/dataset/mmlu", "text/turtle").statusCode());
        HttpResponse<String> paper = get("/paper/2401.04088", "text/html");
        assertEquals(200, paper.statusCode());
        assertTrue(paper.body().contains("Mixtral of Experts"));
        assertTrue(paper.body().contains("href=\"/model/mixtral8x7b\""), paper.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/model/nosuchmodel", "/org/nosuchorg", "/paper/0000", "/model/Mixtral8x7b",
            "/model/..%2F..%2Fetc%2Fpasswd", "/model/x;y", "/model/mixtral8x7b;y", "/model/mixtral8x7b/",
            "/model/", "/model/mixtral8x7b?x=1", "/paper/..%2F..", "/dataset/mmlu%00"})
    void unknownOrMalformedKeysAre404(String path) throws Exception {
        for (String accept : new String[] {"text/turtle", "text/html"}) {
            HttpResponse<String> response = get(path, accept);
            int status = response.statusCode();
            // Jetty itself may refuse an ambiguous encoded path with 400 before the servlet sees it
            assertTrue(status == 404 || path.contains("%") && status == 400, path + " answered " + status);
            assertFalse(response.body().contains("root:"), path);
        }
    }

    @Test
    void extractedStringsAreEscapedInPages() throws Exception {
        HttpResponse<String> model = get("/model/evilnet", "text/html");
        assertEquals(200, model.statusCode());
        assertFalse(model.body().contains(SCRIPT), model.body());
        assertTrue(model.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), model.body());
        HttpResponse<String> paper = get("/paper/deadbeef", "text/html");
        assertEquals(200, paper.statusCode());
        assertFalse(paper.body().contains(SCRIPT), paper.body());
        assertTrue(paper.body().contains("On &lt;script&gt;alert(1)&lt;/script&gt; models"), paper.body());
    }

    @Test
    void wellKnownVoidIsTurtleWithTheTripleCount() throws Exception {
        for (String accept : new String[] {null, "text/turtle", "*/*"}) {
            HttpResponse<String> response = get("/.well-known/void", accept);
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), BASE, Lang.TURTLE);
            assertTrue(m.contains(null, m.createProperty("http://rdfs.org/ns/void#triples"), (RDFNode) null), response.body());
        }
        HttpResponse<String> jsonld = get("/.well-known/void", "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(jsonld.body().getBytes(StandardCharsets.UTF_8)), BASE, Lang.JSONLD);
        assertTrue(m.contains(null, m.createProperty("http://rdfs.org/ns/void#triples"), (RDFNode) null), jsonld.body());
        assertTrue(get("/.well-known/void", "text/html").body().contains("void:triples"));
    }

    @Test
    void theSparqlEndpointStillAnswers() throws Exception {
        assertEquals(200, get("/health", null).statusCode());
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + fixture.server().port() + path)).GET();
        if (accept != null) request.header("Accept", accept);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException stale) {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
