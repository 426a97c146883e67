package io.winnow.web.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.winnow.TestEngines;
import io.winnow.store.AnalysisQuery;
import io.winnow.store.Feedback;
import io.winnow.triage.Engine;
import io.winnow.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console in a real headless Chromium, driven by chromedriver, against the real server with the demo's events
 * in a real SQLite store. One browser serves the whole class. Skipped where Chromium or chromedriver is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // only so that the screenshots show the demo as it came in
class ConsoleBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String HOSTILE = """
            {"rule":"Suspicious <script>window.__pwned=1</script> rule","priority":"Critical","hostname":"kiosk-3",
             "output":"payload <script>window.__pwned=1;document.title='pwned'</script> <img src=x onerror=\\"window.__pwned=1;document.title='pwned'\\"> <a id=\\"evil\\" href=\\"javascript:window.__pwned=1\\">click</a> <svg onload=\\"window.__pwned=1\\"></svg> user=mallory"}
            """;

    private Engine engine;
    private WebServer server;
    private String base;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void start(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: no /usr/bin/chromium or /usr/bin/chromedriver"
                        + " (apt-get install chromium chromium-driver)");
        engine = TestEngines.sqlite(dir.resolve("data"));
        server = new WebServer(engine, 1024 * 1024, 50, Clock.systemUTC());
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
        replayDemo();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")),
                "--window-size=1440,2300");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    @Order(1)
    void showsTheDemoOnTheDashboardWithChartsAndTheCoverageMatrixFromLocalAssetsOnly() throws IOException {
        long stored = engine.store().search(AnalysisQuery.latest(1)).total();

        browser.get(base + "/");
        waitForCharts();

        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/ui");
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo(Long.toString(stored));
        assertThat(browser.findElements(By.cssSelector("#coverage .tactic"))).hasSize(14);
        assertThat(browser.findElements(By.cssSelector("#coverage .cell"))).hasSizeGreaterThan(14);
        for (String chart : List.of("chart-severity", "chart-verdicts", "chart-timeline")) {
            assertThat(script("var c = document.getElementById(arguments[0]); var blank = document"
                    + ".createElement('canvas'); blank.width = c.width; blank.height = c.height;"
                    + " return c.width > 0 && c.toDataURL() !== blank.toDataURL();", chart)).as(chart).isEqualTo(true);
        }
        assertThat(browser.findElements(By.cssSelector("#log tbody tr"))).isNotEmpty();
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) script(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(resources).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base + "/"));
        screenshot("dashboard.png");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("severity"))).selectByValue("CRITICAL");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("severity=CRITICAL"));
        wait.until(d -> !browser.findElement(By.id("total")).getText().equals(Long.toString(stored)));
        waitForCharts();
        assertThat(browser.findElements(By.cssSelector("#log tbody tr .badge.severity-critical")))
                .hasSameSizeAs(browser.findElements(By.cssSelector("#log tbody tr")));
    }

    @Test
    @Order(2)
    void opensAnAnalysisFromTheLogAndStoresTheAnalystsFeedback() throws IOException {
        browser.get(base + "/ui");
        WebElement first = browser.findElement(By.cssSelector("#log a.open"));
        String id = first.getDomAttribute("href").substring("/ui/analyses/".length());
        first.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feedback")));
        assertThat(browser.findElements(By.cssSelector("a.technique")))
                .allSatisfy(a -> assertThat(a.getDomAttribute("href")).startsWith("https://attack.mitre.org/techniques/T"));

        browser.findElement(By.id("comment")).sendKeys("Nightly backup, known <job>");
        browser.findElement(By.cssSelector("#feedback button[value=FALSE_POSITIVE]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("analyst-verdict"), "False positive"));

        Feedback saved = engine.store().findFeedback(id).orElseThrow();
        assertThat(saved.verdict()).isEqualTo(io.winnow.alert.AnalystVerdict.FALSE_POSITIVE);
        assertThat(saved.comment()).isEqualTo("Nightly backup, known <job>");
        assertThat(saved.machineVerdict()).isEqualTo(engine.store().findAnalysis(id).orElseThrow().verdict());
        assertThat(browser.findElement(By.id("analyst-comment")).getText()).isEqualTo("Nightly backup, known <job>");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("analyst-verdict")).getText()).isEqualTo("False positive");
        screenshot("analysis.png");
    }

    @Test
    @Order(3)
    void rendersScriptPayloadsInAnAlertAsTextAndRunsNone() throws IOException, InterruptedException {
        String id = post(HOSTILE).get("id").asText();

        browser.get(base + "/ui?host=kiosk-3");
        waitForCharts();
        assertThat(browser.findElements(By.cssSelector("#coverage .tactic.gap"))).as("tactics never seen").isNotEmpty();
        org.openqa.selenium.Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), 1100));
        screenshot("dashboard-one-host.png");
        browser.manage().window().setSize(size);
        browser.findElement(By.cssSelector("#log a.open")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("alert-message")));

        String message = browser.findElement(By.id("alert-message")).getText();
        assertThat(message).contains("<script>window.__pwned=1;document.title='pwned'</script>",
                "<img src=x onerror=", "href=\"javascript:window.__pwned=1\"", "<svg onload=");
        assertThat(browser.findElement(By.id("alert-rule")).getText()).contains("<script>");
        assertThat(browser.findElements(By.cssSelector("main img, main svg, #evil, main script"))).isEmpty();
        assertThat(browser.getTitle()).isEqualTo("Analysis · Winnow");
        assertThat(script("return typeof window.__pwned;")).isEqualTo("undefined");
        assertThat(browser.getCurrentUrl()).endsWith("/ui/analyses/" + id);
    }

    private void waitForCharts() {
        wait.until(d -> Boolean.TRUE.equals(script("return typeof Chart !== 'undefined'"
                + " && Array.prototype.every.call(document.querySelectorAll('canvas[data-chart]'),"
                + " function (c) { return !!Chart.getChart(c); });")));
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void replayDemo() throws IOException, InterruptedException {
        try (InputStream in = getClass().getResourceAsStream("/demo/scenario.jsonl")) {
            assertThat(in).as("demo scenario").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    post(json.writeValueAsString(json.readTree(line).get("event")));
                }
            }
        }
    }

    private JsonNode post(String event) throws IOException, InterruptedException {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/alerts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(event)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        return json.readTree(reply.body());
    }
}
