package org.paperkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.paperkg.testing.HeadlessChromium;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The query page at the server root, in a real browser (Debian's headless Chromium through
 * /usr/bin/chromedriver; skipped where they are not installed, installed by .ci/run in CI): a query typed
 * into the page's editor and run returns rows, and every file the page loaded came from the server itself.
 */
class QueryPageBrowserTest {
    @RegisterExtension
    static final FixtureServer fixture = FixtureServer.standard();

    @TempDir
    static Path dir;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();

        browser = HeadlessChromium.start(dir.resolve("chromium-profile"), 1400, 1000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    @Test
    void aQueryTypedIntoThePageReturnsRows() throws Exception {
        browser.get(fixture.server().rootUrl());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // the root lists the dataset; its "query" button opens the page with the SPARQL editor
        By queryButton = By.xpath("//*[self::button or self::a][normalize-space()='query']");
        try {
            wait.until(ExpectedConditions.elementToBeClickable(queryButton)).click();
        } finally {
            screenshot("root.png");
        }
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".CodeMirror")));

        String query = "SELECT ?title WHERE { ?paper <http://purl.org/dc/terms/title> ?title } ORDER BY ?title";
        new Actions(browser).click(editor)
                .keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys(query)
                .perform();
        String typed = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('.CodeMirror').CodeMirror.getValue();");
        assertEquals(query, typed, "the editor holds what was typed");

        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        try {
            wait.until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() >= 2);
        } catch (RuntimeException e) {
            screenshot("query-page-failure.png");
            throw e;
        }
        List<String> rows = browser.findElements(By.cssSelector(".yasr table tbody tr")).stream().map(WebElement::getText).toList();
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("Mistral 7B"), rows.toString());
        assertTrue(rows.get(1).contains("Mixtral of Experts"), rows.toString());
        screenshot("query-page.png");

        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name);");
        String origin = fixture.server().rootUrl().substring(0, fixture.server().rootUrl().length() - 1);
        for (String url : loaded) {
            assertTrue(url.startsWith(origin), "the page loaded " + url + " from elsewhere than " + origin);
        }
    }

    /** Kept under target/ for a person to look at. */
    private static void screenshot(String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        Files.write(out.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
