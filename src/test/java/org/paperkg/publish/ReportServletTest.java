package org.paperkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The report route of the server: written on demand, linked to the linked-data pages, nothing outside its folder. */
class ReportServletTest {
    @RegisterExtension
    static final FixtureServer fixture = FixtureServer.standard();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theReportIsServedWithEntityLinksToTheLinkedDataPages() throws Exception {
        HttpResponse<String> index = get(fixture.server().reportUrl());
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(index.body().contains("href=\"/model/mistral7b\""), "links to the linked-data page of Mistral 7B");
        assertFalse(index.body().contains("href=\"e/"), "no links to static entity pages, which the server does not write");
        assertEquals(200, get(fixture.server().rootUrl() + "model/mistral7b").statusCode());
        assertEquals(200, get(fixture.server().reportUrl() + "report.css").statusCode());
        assertEquals(200, get(fixture.server().reportUrl() + "class-Model.html").statusCode());
        assertEquals(200, get(fixture.server().reportUrl() + "index.md").statusCode());
        HttpResponse<String> bare = get(fixture.server().rootUrl() + "report");
        assertEquals(302, bare.statusCode());
        assertEquals(404, get(fixture.server().reportUrl() + "no-such-page.html").statusCode());
    }

    @Test
    void pathsThatLeaveTheReportFolderAreRefused() throws Exception {
        get(fixture.server().reportUrl());   // the report exists, so a refusal is the guard's, not a missing folder
        for (String path : List.of("/report/../../../../etc/passwd", "/report/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/report/..%2f..%2f..%2fetc%2fpasswd", "/report/e/../../../../etc/hostname", "/report/.hidden.html",
                "/report//etc/passwd", "/report/%2fetc%2fpasswd", "/report/index.html%00.css", "/report/..\\..\\etc\\passwd")) {
            String response = raw(path);
            String status = response.substring(0, response.indexOf('\r'));
            assertFalse(status.contains(" 200 ") || status.contains(" 30"), path + ": " + status);
            assertFalse(response.contains("root:"), path);
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The request line exactly as written: HTTP clients would normalise the dot segments away. */
    private static String raw(String path) throws IOException {
        try (Socket socket = new Socket("localhost", fixture.server().port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
