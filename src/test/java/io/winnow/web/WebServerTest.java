package io.winnow.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.winnow.TestEngines;
import io.winnow.triage.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The real server on a random port, a real SQLite store and a real HTTP client. */
class WebServerTest {
    static final String FALCO = """
            {"time":"2026-11-22T10:15:02.123456789Z","rule":"Read sensitive file untrusted","priority":"Warning",
             "output":"Sensitive file opened for reading by non-trusted program (file=/etc/shadow proc.name=cat user=root container_id=3f2a9c1b7d4e connection=203.0.113.9:4444)",
             "output_fields":{"fd.name":"/etc/shadow","proc.name":"cat","proc.cmdline":"cat /etc/shadow","user.name":"root","container.id":"3f2a9c1b7d4e","container.image":"nginx:1.25.3","container.image.repository":"nginx","container.image.tag":"1.25.3"},
             "hostname":"web-01","source":"syscall","tags":["maturity_stable","filesystem","mitre_credential_access","T1555"]}
            """;
    static final String TRIAGE = """
            {"alert_id":"wazuh-alert-001","timestamp":"2026-11-22T10:15:30Z","rule_id":"5710","rule_level":7,
             "rule_description":"sshd: Attempt to login using a non-existent user","source_ip":"203.0.113.50",
             "destination_ip":"10.0.1.100","source_port":54321,"destination_port":22,"protocol":"TCP",
             "agent_name":"bastion","full_log":"Nov 22 10:15:30 bastion sshd[12345]: Failed password for invalid user admin from 203.0.113.50 port 54321 ssh2"}
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
    void analysesAFalcoEventAndStoresTheGroundedResult() {
        var reply = client.postJson("/api/alerts", FALCO);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode a = reply.json();
        assertThat(reply.header("Location")).isEqualTo("/api/analyses/" + a.get("id").asText());
        assertThat(a.get("format").asText()).isEqualTo("FALCO");
        assertThat(a.get("host").asText()).isEqualTo("web-01");
        assertThat(a.get("mitre_techniques").findValuesAsText("id")).contains("T1555", "T1003.008");
        assertThat(a.get("mitre_techniques").get(0).get("source").asText()).isEqualTo("alert-tag");
        assertThat(a.get("severity").asText()).isEqualTo("HIGH");
        assertThat(a.get("verdict").asText()).isEqualTo("TRUE_POSITIVE");
        assertThat(a.get("indicators_of_compromise").findValuesAsText("value")).contains("/etc/shadow",
                "cat /etc/shadow", "203.0.113.9");
        for (String v : a.get("indicators_of_compromise").findValuesAsText("value")) {
            assertThat(FALCO).contains(v);
        }
        assertThat(a.get("mitigations").get("immediate")).isNotEmpty();

        var stored = client.get("/api/analyses/" + a.get("id").asText());
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json()).isEqualTo(a);
    }

    @Test
    void listsAnalysesWithFiltersAndPagination() {
        client.postJson("/api/alerts", FALCO);
        client.postJson("/analyze", TRIAGE);

        var byHost = client.get("/api/analyses?host=bastion&limit=5");
        var byTechnique = client.get("/api/analyses?technique=T1555");
        var bySeverity = client.get("/api/analyses?severity=high&verdict=TRUE_POSITIVE");

        assertThat(byHost.status()).isEqualTo(200);
        assertThat(byHost.json().get("items")).allSatisfy(a -> assertThat(a.get("host").asText()).isEqualTo("bastion"));
        assertThat(byHost.json().get("limit").asInt()).isEqualTo(5);
        assertThat(byTechnique.json().get("total").asLong()).isPositive();
        assertThat(bySeverity.json().get("items"))
                .allSatisfy(a -> assertThat(a.get("severity").asText()).isEqualTo("HIGH"));
    }

    @Test
    void rejectsBadQueryParametersNamingThem() {
        var reply = client.get("/api/analyses?severity=apocalyptic");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("invalid_request");
        assertThat(reply.json().get("fields").get(0).get("field").asText()).isEqualTo("severity");
        assertThat(client.get("/api/analyses?limit=100000").status()).isEqualTo(400);
        assertThat(client.get("/api/analyses?from=yesterday").json().get("fields").get(0).get("field").asText())
                .isEqualTo("from");
    }

    @Test
    void answersTheTriageApiShapeAndEchoesTheAlertId() {
        var reply = client.postJson("/analyze", TRIAGE);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode r = reply.json();
        assertThat(r.get("alert_id").asText()).isEqualTo("wazuh-alert-001");
        assertThat(r.get("verdict").asText()).isIn("True Positive", "Needs Investigation");
        assertThat(r.get("mitre_techniques").get(0).asText()).startsWith("T1110.001 - ");
        assertThat(r.get("recommendations").get(0).asText()).startsWith("IMMEDIATE: ");
        assertThat(r.get("false_positive_likelihood").asText()).isIn("LOW", "MEDIUM", "HIGH");
        assertThat(r.get("indicators_of_compromise").findValuesAsText("value")).contains("203.0.113.50");
        for (String field : List.of("severity", "confidence", "threat_category", "analysis_reasoning", "next_steps",
                "processing_time_ms", "model_used")) {
            assertThat(r.has(field)).as(field).isTrue();
        }
    }

    @Test
    void lowConfidenceGivesNeedsInvestigationWithAReason() {
        var reply = client.postJson("/analyze", """
                {"alert_id":"x-1","rule_level":3,"rule_description":"Something odd happened",
                 "full_log":"an unremarkable line"}""");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("verdict").asText()).isEqualTo("Needs Investigation");
        assertThat(reply.json().get("confidence").asDouble()).isLessThan(0.7);
        assertThat(reply.json().get("low_confidence_reason").asText()).contains("below 0.70");
    }

    @Test
    void keepsSibsContractIncludingTheAlertSynonymAndStoreFlag() {
        var reply = client.postJson("/api/analyze", """
                {"rule":"Terminal shell in container","alert":"A shell was spawned in a container (user=root shell=bash container_id=3f2a9c1b7d4e)",
                 "priority":"Notice","hostname":"api-7f9c","store":false}""");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode r = reply.json();
        assertThat(r.get("success").asBoolean()).isTrue();
        assertThat(r.get("stored").asBoolean()).isFalse();
        assertThat(r.get("analysis").get("mitre_attack").get("technique_id").asText()).isEqualTo("T1059.004");
        assertThat(r.get("analysis").get("mitigations").get("immediate")).isNotEmpty();
        assertThat(r.get("analysis").get("false_positive").get("likelihood").asText()).isIn("low", "medium", "high");
        assertThat(client.get("/api/analyses/" + r.get("analysis_id").asText()).status()).isEqualTo(404);
    }

    @Test
    void dryRunShowsOnlyTheMaskedTextAndAnalysesNothing() {
        var reply = client.postJson("/api/analyze", """
                {"rule":"Outbound connection","output":"connect to 203.0.113.77:443 from 10.0.0.5 key=AKIAIOSFODNN7EXAMPLE",
                 "priority":"Warning","dry_run":true}""");

        assertThat(reply.status()).isEqualTo(200);
        String sent = reply.json().get("obfuscated").asText();
        assertThat(sent).contains("[EXTERNAL-IP-1]", "[INTERNAL-IP-1]").doesNotContain("203.0.113.77", "10.0.0.5",
                "AKIAIOSFODNN7EXAMPLE");
        assertThat(reply.json().has("analysis")).isFalse();
    }

    @Test
    void analysesARawAlertAsJsonOrPlainText() {
        String line = "<38>Nov 22 10:15:30 bastion sshd[811]: Failed password for invalid user oracle from 198.51.100.23 port 40022 ssh2";
        var asJson = client.postJson("/analyze_alert", "{\"raw_alert\":\"" + line + "\"}");
        var asText = client.post("/analyze_alert", "text/plain", line.getBytes(StandardCharsets.UTF_8));

        for (var reply : List.of(asJson, asText)) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("source_ip").asText()).isEqualTo("198.51.100.23");
            assertThat(reply.json().get("mitre_technique").asText()).startsWith("T1110");
            assertThat(reply.json().get("summary").asText()).isNotBlank();
            assertThat(reply.json().get("recommendation").asText()).isNotBlank();
        }
    }

    @Test
    void batchAnswersInInputOrder() {
        List<String> alerts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            alerts.add(TRIAGE.replace("wazuh-alert-001", "batch-" + i));
        }
        var reply = client.postJson("/batch", "{\"alerts\":[" + String.join(",", alerts) + "," + FALCO + "]}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode results = reply.json().get("results");
        assertThat(results).hasSize(21);
        for (int i = 0; i < 20; i++) {
            assertThat(results.get(i).get("alert_id").asText()).isEqualTo("batch-" + i);
        }
        assertThat(results.get(20).get("mitre_techniques").get(0).asText()).startsWith("T1555");
    }

    @Test
    void refusesBatchesOverTheLimitAndNamesBadItems() {
        String many = "{\"alerts\":[" + String.join(",", java.util.Collections.nCopies(51, TRIAGE)) + "]}";
        var tooMany = client.postJson("/batch", many);
        var badItem = client.postJson("/batch", "{\"alerts\":[" + TRIAGE + "," + TRIAGE.replace("\"rule_level\":7",
                "\"rule_level\":99") + "]}");

        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.json().get("error").asText()).isEqualTo("payload_too_large");
        assertThat(badItem.status()).isEqualTo(400);
        assertThat(badItem.json().get("error").asText()).isEqualTo("invalid_alert");
        assertThat(badItem.json().get("fields").findValuesAsText("field")).contains("alerts[1].rule_level");
    }

    @Test
    void answersHostileInputWithClear4xxErrors() {
        assertError(client.postJson("/api/alerts", "{\"rule\": "), 400, "invalid_alert");
        assertError(client.postJson("/api/alerts", "[1,2,3]"), 400, "invalid_alert");
        assertError(client.postJson("/api/alerts", "{\"rule\": 5, \"output\": [], \"priority\": {}}"), 400,
                "invalid_alert");
        assertError(client.postJson("/api/alerts", "{\"a\":".repeat(200) + "1" + "}".repeat(200)), 400,
                "invalid_alert");
        byte[] badUtf8 = {'{', '"', 'r', 'a', 'w', '_', 'a', 'l', 'e', 'r', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                '"', '}'};
        assertError(client.post("/api/alerts", "application/json", badUtf8), 400, "invalid_alert");
        byte[] huge = ("{\"raw_alert\":\"" + "A".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertError(client.post("/api/alerts", "application/json", huge), 413, "payload_too_large");
        assertError(client.post("/api/alerts", "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)), 415,
                "unsupported_media_type");
        assertError(client.get("/no/such/thing"), 404, "not_found");
        assertError(client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/analyses")).DELETE().build()),
                405, "method_not_allowed");
    }

    @Test
    void namesTheFieldsOfAnInvalidAlert() {
        var reply = client.postJson("/analyze", "{\"rule_description\": 12, \"rule_level\": \"high\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("fields").findValuesAsText("field")).contains("rule_description", "rule_level");
        assertThat(reply.body()).doesNotContain("Exception", "at io.winnow");
    }

    @Test
    void reportsHealthMetricsAndServiceInfo() {
        client.postJson("/api/alerts", FALCO);

        var health = client.get("/health");
        var metrics = client.get("/metrics");
        var root = client.get("/");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("healthy");
        assertThat(health.json().get("dependencies").get("store").get("status").asText()).isEqualTo("up");
        assertThat(metrics.body()).contains("triage_requests_total{status=\"success\"}",
                "triage_request_duration_seconds_bucket", "triage_confidence_score", "jvm_memory_used_bytes");
        assertThat(root.json().get("service").asText()).isEqualTo("winnow");
        assertThat(root.json().get("endpoints").get("batch").asText()).isEqualTo("/batch");
        assertThat(root.json().get("models").get("primary").asText()).isEqualTo("builtin");
    }

    @Test
    void setsSecurityHeaders() {
        var reply = client.get("/health");

        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    private static void assertError(HttpClientSupport.Reply reply, int status, String error) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().get("error").asText()).isEqualTo(error);
        assertThat(reply.json().get("detail").asText()).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception", "\tat ");
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }
}
