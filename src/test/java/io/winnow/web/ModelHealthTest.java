package io.winnow.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.winnow.App;
import io.winnow.TestEngines;
import io.winnow.alert.FalsePositive;
import io.winnow.alert.Finding;
import io.winnow.alert.Mitigations;
import io.winnow.analyst.Analyst;
import io.winnow.analyst.AnalystException;
import io.winnow.analyst.Reachability;
import io.winnow.analyst.chain.ChainLink;
import io.winnow.mask.MaskedAlert;
import io.winnow.triage.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /health and /api/health/all report every model provider; /metrics counts cache hits and chain switches. */
class ModelHealthTest {
    private static final String SHELL = """
            {"rule":"Terminal shell in container","output":"A shell was spawned in a container (user=root pid=4242)",\
            "priority":"Notice","hostname":"api-1"}""";
    private static final String SHELL_AGAIN = """
            {"rule":"Terminal shell in container","output":"A shell was spawned in a container (user=root pid=5151)",\
            "priority":"Notice","hostname":"api-1"}""";

    /** A provider whose reachability and answers the test sets. */
    static final class FakeProvider implements Analyst, Reachability {
        private final String name;
        private final Reachability.State state;

        FakeProvider(String name, Reachability.State state) {
            this.name = name;
            this.state = state;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Finding analyse(MaskedAlert alert) {
            if (state == State.DOWN) {
                throw new AnalystException(AnalystException.Reason.UNREACHABLE, "connection refused");
            }
            return new Finding("Shell in a container.", "Interactive shell.", List.of(new Finding.Claim("T1059.004",
                    "llm")), "MEDIUM", "TRUE_POSITIVE", 0.8, "execution", new FalsePositive(0.2, List.of()),
                    List.of(), new Mitigations(List.of(), List.of(), List.of()), List.of(), "Shell.", name);
        }

        @Override
        public Probe probe() {
            return new Probe(state, state == State.DOWN ? "connection refused" : "");
        }
    }

    private static Engine engine(Path dir, Analyst... models) {
        return App.open(TestEngines.config(dir, Map.of()), Clock.systemUTC(),
                java.util.Arrays.stream(models).map(m -> new ChainLink(m, Duration.ofSeconds(5))).toList());
    }

    @Test
    void saysDegradedWhenThePrimaryIsDownAndWhichProvidersAnswer(@TempDir Path dir) {
        try (Engine engine = engine(dir, new FakeProvider("ollama:llama3", Reachability.State.DOWN),
                new FakeProvider("openai:gpt-4o-mini", Reachability.State.UP));
             WebServer server = new WebServer(engine, 1024 * 1024, 50, Clock.systemUTC())) {
            HttpClientSupport http = new HttpClientSupport(server.start("127.0.0.1", 0));

            // when
            JsonNode health = http.get("/health").json();

            // then
            assertThat(health.get("status").asText()).isEqualTo("degraded");
            assertThat(health.get("ollama_connected").asBoolean()).isFalse();
            assertThat(health.get("openai_connected").asBoolean()).isTrue();
            JsonNode primary = health.at("/dependencies/models/0");
            assertThat(primary.get("role").asText()).isEqualTo("primary");
            assertThat(primary.get("name").asText()).isEqualTo("ollama:llama3");
            assertThat(primary.get("status").asText()).isEqualTo("down");
            assertThat(primary.get("circuit").asText()).isEqualTo("closed");
            assertThat(health.at("/dependencies/models/1/status").asText()).isEqualTo("up");
        }
    }

    @Test
    void saysHealthyWhenThePrimaryAnswers(@TempDir Path dir) {
        try (Engine engine = engine(dir, new FakeProvider("ollama:llama3", Reachability.State.UP));
             WebServer server = new WebServer(engine, 1024 * 1024, 50, Clock.systemUTC())) {
            HttpClientSupport http = new HttpClientSupport(server.start("127.0.0.1", 0));

            JsonNode health = http.get("/health").json();

            assertThat(health.get("status").asText()).isEqualTo("healthy");
            assertThat(health.get("ollama_connected").asBoolean()).isTrue();
        }
    }

    @Test
    void aggregatesWinnowTheStoreEveryProviderTheCacheAndTheOutputs(@TempDir Path dir) {
        try (Engine engine = engine(dir, new FakeProvider("ollama:llama3", Reachability.State.UP),
                new ModelHealthTest.FakeProvider("anthropic:claude", Reachability.State.DOWN));
             WebServer server = new WebServer(engine, 1024 * 1024, 50, Clock.systemUTC())) {
            HttpClientSupport http = new HttpClientSupport(server.start("127.0.0.1", 0));
            http.postJson("/api/alerts", SHELL);

            // when
            HttpClientSupport.Reply reply = http.get("/api/health/all");

            // then
            JsonNode all = reply.json();
            assertThat(reply.status()).isEqualTo(200);
            assertThat(all.get("status").asText()).isEqualTo("healthy");
            assertThat(all.at("/winnow/status").asText()).isEqualTo("up");
            assertThat(all.at("/store/status").asText()).isEqualTo("up");
            assertThat(all.at("/store/alerts/analysed").asLong()).isEqualTo(1);
            assertThat(all.at("/builtin_analyst/status").asText()).isEqualTo("up");
            assertThat(all.get("models")).hasSize(2);
            assertThat(all.at("/models/1/role").asText()).isEqualTo("fallback");
            assertThat(all.at("/models/1/connected").asBoolean()).isFalse();
            assertThat(all.at("/cache/enabled").asBoolean()).isTrue();
            assertThat(all.at("/cache/misses").asLong()).isEqualTo(1);
            assertThat(all.get("outputs").isArray()).isTrue();
        }
    }

    @Test
    void metricsCountCacheHitsAndModelSwitches(@TempDir Path dir) {
        try (Engine engine = engine(dir, new FakeProvider("ollama:llama3", Reachability.State.DOWN),
                new FakeProvider("openai:gpt-4o-mini", Reachability.State.UP));
             WebServer server = new WebServer(engine, 1024 * 1024, 50, Clock.systemUTC())) {
            HttpClientSupport http = new HttpClientSupport(server.start("127.0.0.1", 0));

            // when: the same shell twice, with another PID
            JsonNode first = http.postJson("/api/alerts", SHELL).json();
            JsonNode second = http.postJson("/api/alerts", SHELL_AGAIN).json();
            String metrics = http.get("/metrics").body();

            // then
            assertThat(first.get("model_path")).extracting(JsonNode::asText)
                    .containsExactly("ollama:llama3 unreachable", "openai:gpt-4o-mini");
            assertThat(second.get("model_path").get(0).asText()).isEqualTo("cache");
            assertThat(second.get("id").asText()).isNotEqualTo(first.get("id").asText());
            assertThat(metrics).contains("triage_cache_hits_total 1.0");
            assertThat(metrics).contains("triage_model_switches_total{from=\"ollama:llama3\",reason=\"unreachable\","
                    + "to=\"openai:gpt-4o-mini\"} 1.0");
        }
    }

    @Test
    void theBuiltinAnalystAloneHasNoModelsAndNoCache(@TempDir Path dir) {
        try (Engine engine = TestEngines.sqlite(dir);
             WebServer server = new WebServer(engine, 1024 * 1024, 50, Clock.systemUTC())) {
            HttpClientSupport http = new HttpClientSupport(server.start("127.0.0.1", 0));

            JsonNode all = http.get("/api/health/all").json();

            assertThat(all.get("models")).isEmpty();
            assertThat(all.at("/cache/enabled").asBoolean()).isFalse();
            assertThat(http.get("/health").json().get("status").asText()).isEqualTo("healthy");
        }
    }
}
