package org.paperkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.paperkg.testing.HeadlessChromium;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Paper;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PKG;
import org.paperkg.rdf.PaperGraphMapper;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.PaperGraph;

/**
 * What a visitor can send besides queries, against a real server: paths that try to climb out of the
 * linked-data and static routes (dot segments, encoded, double-encoded, backslashes, path parameters),
 * HTTP parameters that try to add an update, and an abstract full of markup, built through the real
 * pipeline and shown escaped (checked in a real headless browser where Chromium is installed).
 */
class ServerInputSafetyTest {
    private static final String XSS_TITLE = "\"><script>window.__pwned = 'title'</script> A Study of Escaping";
    private static final String XSS_ABSTRACT = "We present <script>window.__pwned = 'abstract'</script> EscapeNet,"
            + " a 7B-parameter model <img src=x onerror=\"window.__pwned = 'img'\"> trained on 1T tokens of &lt;b&gt;HTML.";
    /** Strings that must never appear in an answer: they would show a file outside the served folders. */
    private static final List<String> SECRETS = List.of("root:x:0:0", "Manifest-Version", "<artifactId>paperkg</artifactId>",
            "package org.paperkg", "\u00ca\u00fe\u00ba\u00be", "jena-fuseki");

    @TempDir
    static Path dir;
    @RegisterExtension
    static final FixtureServer fixture = FixtureServer.standard().loading(ServerInputSafetyTest::addHostilePaper);
    private static String paperPath;
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A paper whose title and abstract carry markup, through the real extractor and mapper. */
    private static void addHostilePaper(KnowledgeStore store) {
        Paper paper = new Paper(null, XSS_TITLE, XSS_ABSTRACT, null, null, List.of(), null, null, null, null, List.of("x.jsonl"));
        PaperGraph graph = new PaperGraphMapper(Iris.standard(), Instant.now()).map(Extractor.standard().extract(paper));
        store.loadBatch(List.of(graph));
        Resource p = graph.model().listSubjectsWithProperty(RDF.type, PKG.Paper).next();
        paperPath = "/" + p.getURI().substring(Iris.DEFAULT_BASE.length());
    }

    @Test
    void markupInTitleAndAbstractIsShownAsText() throws Exception {
        Raw page = raw(paperPath, "text/html");
        assertEquals(200, page.status(), page.body());
        assertFalse(page.body().contains("<script>window"), page.body());
        assertFalse(page.body().contains("<img src=x"), page.body());
        assertTrue(page.body().contains("&lt;script&gt;window.__pwned = &#39;abstract&#39;&lt;/script&gt;")
                || page.body().contains("&lt;script&gt;window.__pwned = &#x27;abstract&#x27;&lt;/script&gt;")
                || page.body().contains("&lt;script&gt;window.__pwned = 'abstract'&lt;/script&gt;"), page.body());
    }

    @Test
    void aBrowserRunsNoneOfTheMarkup() {
        ChromeDriver browser = HeadlessChromium.start(dir.resolve("chromium-profile"), 1280, 900);
        try {
            browser.get("http://localhost:" + fixture.server().port() + paperPath);
            Object pwned = ((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined ? null : window.__pwned;");
            assertEquals(null, pwned, "no script from the data ran");
            String text = browser.findElement(By.tagName("body")).getText();
            assertTrue(text.contains("<script>window.__pwned = 'abstract'</script> EscapeNet"), "shown as text: " + text);
            assertTrue(browser.findElements(By.cssSelector("img")).isEmpty(), "no element made from the data");
        } finally {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/%252e%252e/%252e%252e/etc/passwd", "/..%5c..%5c..%5cetc%5cpasswd", "/\\..\\..\\..\\etc\\passwd",
        "/index.html/../../../../etc/passwd", "/..;/..;/..;/etc/passwd", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/../META-INF/MANIFEST.MF", "/../../pom.xml", "/../org/paperkg/publish/KgServer.class", "/./../pom.xml",
        "/model/..%2f..%2f..%2fetc%2fpasswd", "/model/../../etc/passwd", "/paper/..%5c..%5cpom.xml",
        "/paper/2401.04088/../../../../etc/passwd", "/org/%2e%2e", "/dataset/..", "/.well-known/void/../../../etc/passwd",
        "/.well-known/../../etc/passwd", "/$/server/../../etc/passwd", "/kg/get?graph=file:///etc/passwd",
        "/kg/sparql?query=SELECT%20*%20FROM%20%3Cfile:///etc/passwd%3E%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D",
        "/static/../../etc/passwd", "/report/../../etc/passwd", "/report/%2e%2e/%2e%2e/etc/passwd",
        "/report/..%2f..%2f..%2fetc%2fpasswd", "/report/..\\..\\..\\etc\\passwd", "/report/index.html/../../../../etc/passwd",
        "/report/%2e%2e%2f%2e%2e%2f%2e%2e%2fpom.xml", "/report/..%252f..%252fpom.xml", "/report/x.html%00.png"})
    void noPathReachesAFileOutsideTheServedFolders(String path) throws Exception {
        for (String accept : new String[] {"text/html", "text/turtle", "*/*"}) {
            Raw r = raw(path, accept);
            assertTrue(r.status() >= 400 || r.status() == 200 && !r.body().isEmpty(), path + " answered " + r.status());
            for (String secret : SECRETS) {
                assertFalse(r.body().contains(secret), path + " gave away " + secret + ":\n" + r.body());
            }
        }
        assertEquals(200, raw("/health", "*/*").status(), "the server is still up");
    }

    /** Every parameter the SPARQL endpoint takes, filled with a value that tries to close its term and add an update. */
    @Test
    void httpParametersCannotAddAnUpdate() throws Exception {
        long triples = fixture.store().tripleCount();
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        long visible = countOverHttp(count);
        String hostile = "urn:x> } ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> <urn:c> } #";
        for (String extra : List.of("&default-graph-uri=" + enc(hostile), "&named-graph-uri=" + enc(hostile),
                "&update=" + enc("DROP ALL"), "&timeout=" + enc("1; DROP ALL"), "&format=" + enc("json\r\nX-Injected: 1"),
                "&output=" + enc("<script>"), "&query=" + enc("DROP ALL"))) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(fixture.server().sparqlUrl() + "?query=" + enc(count) + extra))
                    .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 200 || r.statusCode() >= 400 && r.statusCode() < 500, extra + ": " + r.statusCode());
            assertFalse(r.headers().firstValue("X-Injected").isPresent(), "no header splitting");
        }
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(fixture.server().sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(count) + "&update=" + enc("DROP ALL"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(form.statusCode() == 200 || form.statusCode() >= 400 && form.statusCode() < 500, "form: " + form.statusCode());
        assertEquals(triples, fixture.store().tripleCount(), "nothing was changed");
        assertEquals(visible, countOverHttp(count), "the endpoint sees the same graph");
    }

    private static long countOverHttp(String count) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(fixture.server().sparqlUrl() + "?query=" + enc(count)))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body()).path("results").path("bindings").get(0).path("n").path("value").asLong();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    record Raw(int status, String body) {}

    /** One request written byte for byte, so that no client library normalises the path first. */
    private static Raw raw(String path, String accept) throws IOException {
        try (Socket socket = new Socket("localhost", fixture.server().port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(response.substring(9, 12));
            int bodyStart = response.indexOf("\r\n\r\n");
            String body = bodyStart < 0 ? "" : new String(all.toByteArray(), bodyStart + 4, all.size() - bodyStart - 4, StandardCharsets.UTF_8);
            return new Raw(status, body);
        }
    }
}
