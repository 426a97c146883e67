package io.winnow.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.winnow.TestEngines;
import io.winnow.triage.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Dry runs and masking scopes over the real HTTP API. */
class MaskingEndpointsTest {
    private static final String ALERT = """
            {"rule":"Outbound connection","hostname":"web-07","priority":"Warning",
             "output":"curl by alice to 203.0.113.77:443 from 10.0.0.5 with AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"}""";

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
    void dryRunInTheQueryShowsWhatWouldBeSentAndCountsWithoutValues() {
        // when
        var reply = client.postJson("/api/analyze?dry_run=true", ALERT);

        // then
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("dry_run").asBoolean()).isTrue();
        assertThat(body.get("obfuscated").asText()).contains("host: [HOST-1]", "[EXTERNAL-IP-1]:443", "[INTERNAL-IP-1]",
                "[REDACTED-AWS_ACCESS_KEY]");
        assertThat(body.get("masked").get("external_ip").asInt()).isEqualTo(1);
        assertThat(body.get("masked").get("aws_access_key").asInt()).isEqualTo(1);
        assertThat(body.get("masked").get("host").asInt()).isEqualTo(1);
        assertThat(reply.body()).doesNotContain("203.0.113.77", "10.0.0.5", "AKIAIOSFODNN7EXAMPLE", "web-07");
        assertThat(body.has("analysis")).isFalse();
    }

    @Test
    void givesAValueTheSameTokenAcrossRequestsOfOneScope() {
        // given
        String first = """
                {"rule":"Outbound connection","output":"connect to 198.51.100.1 then 198.51.100.2","priority":"Notice"}""";
        String second = """
                {"rule":"Outbound connection","output":"connect to 198.51.100.2 again","priority":"Notice"}""";

        // when
        client.postJson("/api/analyze?dry_run=true&scope=case-42", first);
        var scoped = client.postJson("/api/analyze?dry_run=true&scope=case-42", second);
        var unscoped = client.postJson("/api/analyze?dry_run=true", second);

        // then
        assertThat(scoped.json().get("obfuscated").asText()).contains("connect to [EXTERNAL-IP-2] again");
        assertThat(unscoped.json().get("obfuscated").asText()).contains("connect to [EXTERNAL-IP-1] again");
    }

    @Test
    void analysesWithinAScopeAndRestoresTheValuesInTheAnswer() {
        // when
        var reply = client.postJson("/api/alerts?scope=chat-7", ALERT);

        // then
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body()).doesNotContain("AKIAIOSFODNN7EXAMPLE").doesNotContain("[EXTERNAL-IP-");
    }

    @Test
    void refusesAScopeIdThatIsNotOne() {
        // when
        var reply = client.postJson("/api/alerts?scope=a%20b", ALERT);

        // then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("invalid_request");
        assertThat(reply.json().get("fields").get(0).get("field").asText()).isEqualTo("scope");
    }
}
