package org.paperkg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.paperkg.testing.HeadlessChromium;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.paperkg.cli.SeedStore;
import org.paperkg.publish.KgServer;
import org.paperkg.publish.ServerOptions;
import org.paperkg.store.KnowledgeStore;

/**
 * The report on the seed graph in a real browser (Debian's headless Chromium through /usr/bin/chromedriver;
 * skipped where they are not installed): the static site's main page, every class page and a sample of
 * entity pages, then the report as the server serves it. On every page: no console errors, every chart
 * drawn with a non-zero size, every internal link leads to a page that exists. The main page is kept as
 * target/report-screenshot.png for people to look at.
 */
class ReportBrowserTest {
    /** Every n-th entity page is opened in the browser (their links are all checked on disk by ReportTest's rule). */
    private static final int ENTITY_SAMPLE = 40;

    @TempDir
    static Path dir;
    static Path site;
    static KnowledgeStore store;
    static KgServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        store = KnowledgeStore.open(SeedStore.folder());
        site = dir.resolve("report");
        Report.write(store.dataset(), site, ReportOptions.staticSite(null, null));
        server = KgServer.start(store.dataset(), ServerOptions.onPort(0));

        browser = HeadlessChromium.start(dir.resolve("chromium-profile"), 1400, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @Test
    void theStaticSiteLoadsWithoutErrorsDrawsItsChartsAndHasNoBrokenLinks() throws Exception {
        List<Path> pages = new ArrayList<>();
        pages.add(site.resolve("index.html"));
        try (Stream<Path> files = Files.list(site)) {
            files.filter(p -> p.getFileName().toString().startsWith("class-")).sorted().forEach(pages::add);
        }
        List<Path> entities;
        try (Stream<Path> files = Files.list(site.resolve("e"))) {
            entities = files.sorted().toList();
        }
        assertTrue(entities.size() > 1000, "a page per paper, model, dataset and organisation: " + entities.size());
        for (int i = 0; i < entities.size(); i += ENTITY_SAMPLE) pages.add(entities.get(i));
        pages.add(site.resolve("e/model-llama2.html"));

        Set<String> broken = new LinkedHashSet<>();
        int charts = 0;
        for (Path page : pages) {
            browser.get(page.toUri().toString());
            assertNoConsoleErrors(page.toString());
            charts += assertChartsDrawn(page.toString());
            for (String target : internalLinks()) {
                URI uri = URI.create(target);
                assertEquals("file", uri.getScheme(), page + " links outside the site: " + target);
                if (!Files.isRegularFile(Path.of(uri))) broken.add(page.getFileName() + " -> " + target);
            }
            if (page.getFileName().toString().equals("index.html")) screenshotMainPage();
        }
        assertEquals(Set.of(), broken);
        assertTrue(charts >= 5, "the main page has its charts: " + charts);
    }

    @Test
    void theServedReportLinksToTheLinkedDataPages() throws Exception {
        browser.get(server.reportUrl());
        assertNoConsoleErrors(server.reportUrl());
        assertTrue(assertChartsDrawn(server.reportUrl()) >= 5);
        Set<String> links = internalLinks();
        String origin = server.rootUrl();
        List<String> entityLinks = links.stream().filter(l -> l.matches(".*/(model|dataset|org|paper)/[^/]+")).toList();
        assertTrue(entityLinks.size() > 50, "entities link to their linked-data pages: " + entityLinks.size());
        HttpClient http = HttpClient.newHttpClient();
        Set<String> broken = new LinkedHashSet<>();
        for (String link : links) {
            assertTrue(link.startsWith(origin), "a link outside the server: " + link);
            String url = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) broken.add(url + " " + r.statusCode());
        }
        assertEquals(Set.of(), broken);
        browser.get(entityLinks.get(0));
        assertNoConsoleErrors(entityLinks.get(0));
    }

    private static void assertNoConsoleErrors(String page) {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, page);
    }

    /** Every svg of the page has a title and a non-zero size on screen; returns how many there are. */
    @SuppressWarnings("unchecked")
    private static int assertChartsDrawn(String page) {
        List<Map<String, Object>> svgs = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('svg')).map(s => {
                  const r = s.getBoundingClientRect();
                  return { id: s.id, width: r.width, height: r.height,
                           title: (s.querySelector('title') || {}).textContent || '',
                           alt: (s.querySelector('desc') || {}).textContent || '' };
                });""");
        for (Map<String, Object> svg : svgs) {
            assertTrue(((Number) svg.get("width")).doubleValue() > 0 && ((Number) svg.get("height")).doubleValue() > 0,
                    page + ": chart " + svg.get("id") + " has no size");
            assertTrue(!svg.get("title").toString().isBlank() && !svg.get("alt").toString().isBlank(),
                    page + ": chart " + svg.get("id") + " has no title or alt text");
        }
        return svgs.size();
    }

    /** Absolute URLs of the page's links (HTML and SVG anchors, style sheets), without fragments to the page itself. */
    @SuppressWarnings("unchecked")
    private static Set<String> internalLinks() {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('a[href], link[href]'))
                  .map(a => new URL(a.getAttribute('href'), location.href))
                  .map(u => { u.hash = ''; return u.href; });""");
        return new LinkedHashSet<>(hrefs);
    }

    /** The main page as a laptop shows it, and whole; kept under target/. */
    private static void screenshotMainPage() throws Exception {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve("report-screenshot.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", 1400, "height", height.intValue(), "scale", 1)));
        Files.write(target.resolve("report-screenshot-full.png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
