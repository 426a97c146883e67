package io.winnow.web;

import io.winnow.TestEngines;
import io.winnow.triage.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's pages and the feedback API over real HTTP, on a real SQLite store, without a browser. */
class ConsolePagesTest {
    static final String HOSTILE = """
            {"rule":"Hostile <b>rule</b>","priority":"Warning","hostname":"web-9",
             "output":"x <script>document.title='pwned'</script> <img src=x onerror=\\"document.title='pwned'\\"> <a href=\\"javascript:document.title='pwned'\\">go</a> user=alice"}
            """;

    @TempDir
    static Path dir;
    static Engine engine;
    static WebServer server;
    static HttpClientSupport client;

    @BeforeAll
    static void start() {
        engine = TestEngines.sqlite(dir);
        server = new WebServer(engine, 64 * 1024, 50, Clock.systemUTC());
        client = new HttpClientSupport(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.close();
        engine.close();
    }

    @Test
    void sendsBrowsersToTheConsoleAndApiClientsStillGetJson() {
        var browser = client.send(HttpRequest.newBuilder(uri("/"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
        var api = client.get("/");

        assertThat(browser.status()).isEqualTo(303);
        assertThat(browser.header("Location")).isEqualTo("/ui");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().at("/endpoints/console").asText()).isEqualTo("/ui");
    }

    @Test
    void servesPagesUnderAPolicyWithNoInlineScriptAndKeepsTheStrictOneForJson() {
        var page = client.get("/ui");
        var json = client.get("/api/analyses");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "style-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.body()).doesNotContain("<script>", " style=\"", "onclick", "onload=");
        assertThat(page.body()).contains("/ui/assets/htmx.min.js", "/ui/assets/chart.umd.min.js");
        assertThat(json.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void servesItsAssetsFromTheJarAndNothingElse() {
        assertThat(client.get("/ui/assets/htmx.min.js").body()).contains("htmx");
        assertThat(client.get("/ui/assets/chart.umd.min.js").header("Content-Type")).startsWith("text/javascript");
        assertThat(client.get("/ui/assets/console.css").header("Content-Type")).startsWith("text/css");
        assertThat(client.get("/ui/assets/openapi.json").status()).isEqualTo(404);
        assertThat(client.get("/ui/assets/..%2F..%2Fopenapi.json").status()).isEqualTo(404);
    }

    @Test
    void showsOnlyTheMaskedTextAndCountsOnADryRun() {
        var reply = client.get("/analyze?rule=" + enc("Terminal shell") + "&output="
                + enc("shell by user=alice from 10.1.2.3 on db-7.corp.example.com") + "&priority=Notice&hostname="
                + enc("db-7.corp.example.com") + "&dry_run=true");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("[USER-1]", "[INTERNAL-IP-1]", "internal_ip", "Dry run")
                .doesNotContain("alice", "10.1.2.3", "db-7.corp");
        assertThat(engine.store().search(io.winnow.store.AnalysisQuery.latest(10)).total())
                .as("a GET stores nothing").isZero();
    }

    @Test
    void analysesOnTheSibPageWithoutStoringAndNamesAMissingField() {
        var page = client.get("/analyze?rule=" + enc("Read sensitive file untrusted") + "&output="
                + enc("Sensitive file opened for reading (file=/etc/shadow proc.name=cat user=root)")
                + "&priority=Warning&hostname=web-1");
        var missing = client.get("/analyze?rule=x");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Attack vector", "https://attack.mitre.org/techniques/", "Mitigations",
                "False-positive assessment", "Next steps", "builtin", "not stored");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("text/html");
        assertThat(missing.body()).contains("output");
    }

    @Test
    void escapesAlertTextOnEveryPage() {
        String id = client.postJson("/api/alerts", HOSTILE).json().get("id").asText();

        for (String path : new String[]{"/ui", "/ui/analyses/" + id}) {
            String body = client.get(path).body();
            assertThat(body).doesNotContain("<script>document", "<img src=x", "<a href=\"javascript:", "<b>rule</b>");
            assertThat(body).contains("Hostile &lt;b&gt;rule&lt;/b&gt;");
        }
        assertThat(client.get("/ui/analyses/" + id).body()).contains("&lt;script&gt;document.title=",
                "&lt;img src=x onerror=");
    }

    @Test
    void keepsFeedbackFromTheFormBesideTheAutomaticVerdict() {
        String id = client.postJson("/api/alerts", WebServerTest.FALCO).json().get("id").asText();
        String verdict = client.get("/api/analyses/" + id).json().get("verdict").asText();

        var posted = client.post("/ui/analyses/" + id + "/feedback", "application/x-www-form-urlencoded",
                ("verdict=FALSE_POSITIVE&comment=" + enc("backup job <again>")).getBytes(StandardCharsets.UTF_8));

        assertThat(posted.status()).isEqualTo(303);
        assertThat(posted.header("Location")).isEqualTo("/ui/analyses/" + id);
        var stored = client.get("/api/analyses/" + id + "/feedback").json();
        assertThat(stored.get("verdict").asText()).isEqualTo("FALSE_POSITIVE");
        assertThat(stored.get("machine_verdict").asText()).isEqualTo(verdict);
        assertThat(stored.get("comment").asText()).isEqualTo("backup job <again>");
        assertThat(client.get("/api/analyses/" + id).json().get("verdict").asText()).isEqualTo(verdict);
        assertThat(client.get("/ui/analyses/" + id).body()).contains("backup job &lt;again&gt;");
        assertThat(client.get("/ui?analyst=FALSE_POSITIVE").body()).contains("/ui/analyses/" + id,
                "badge analyst-false-positive");
        assertThat(client.get("/api/analyses?analyst_verdict=FALSE_POSITIVE").json().findValuesAsText("id"))
                .contains(id);
        assertThat(client.get("/api/analyses?analyst_verdict=BENIGN").json().findValuesAsText("id"))
                .doesNotContain(id);
        assertThat(client.get("/api/analyses?reviewed=false").json().findValuesAsText("id")).doesNotContain(id);
    }

    @Test
    void takesFeedbackAsJsonAndNamesWhatIsWrong() {
        String id = client.postJson("/api/alerts", WebServerTest.FALCO).json().get("id").asText();

        var ok = client.postJson("/api/analyses/" + id + "/feedback", "{\"verdict\":\"confirmed\",\"comment\":\"yes\"}");
        var badVerdict = client.postJson("/api/analyses/" + id + "/feedback", "{\"verdict\":\"maybe\"}");
        var unknown = client.postJson("/api/analyses/nope/feedback", "{\"verdict\":\"BENIGN\"}");
        var badFilter = client.get("/api/analyses?analyst_verdict=maybe");
        var badForm = client.post("/ui/analyses/" + id + "/feedback", "application/x-www-form-urlencoded",
                "verdict=<b>".getBytes(StandardCharsets.UTF_8));

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("agrees").asBoolean()).isTrue();
        assertThat(badVerdict.status()).isEqualTo(400);
        assertThat(badVerdict.json().at("/fields/0/field").asText()).isEqualTo("verdict");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.json().at("/fields/0/field").asText()).isEqualTo("analyst_verdict");
        assertThat(badForm.status()).isEqualTo(400);
        assertThat(badForm.body()).contains("verdict").doesNotContain("<b>");
    }

    @Test
    void answersABadDashboardFilterWithAPageNamingIt() {
        var reply = client.get("/ui?severity=" + enc("<script>"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("severity").doesNotContain("<script>");
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
