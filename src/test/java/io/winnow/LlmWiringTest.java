package io.winnow;

import io.winnow.alert.Analysis;
import io.winnow.analyst.llm.FakeModelServer;
import io.winnow.config.ConfigException;
import io.winnow.config.ConfigLoader;
import io.winnow.config.WinnowConfig;
import io.winnow.triage.Engine;
import io.winnow.triage.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code llm.provider} chooses the analyst App wires; the default stays the built-in one. */
class LlmWiringTest {
    @TempDir
    Path dataDir;

    private final FakeModelServer ollama = new FakeModelServer();

    @AfterEach
    void stop() {
        ollama.close();
    }

    private WinnowConfig config(Map<String, String> environment) {
        return new ConfigLoader(environment, FileSystems.getDefault()).load(null, Map.of("store.data_dir", dataDir.toString()));
    }

    private static String recorded(String resource) throws IOException {
        try (InputStream in = LlmWiringTest.class.getResourceAsStream("/llm/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void analysesWithTheBuiltinAnalystByDefault() {
        try (Engine engine = App.open(config(Map.of()))) {
            assertThat(engine.analystName()).isEqualTo("builtin");
        }
    }

    @Test
    void autoUsesAnOllamaThatAnswersOnItsAddress() {
        // given: no model configured, and an Ollama server that lists a model
        ollama.reply(FakeModelServer.Reply.ok("{\"models\": [{\"name\": \"llama3.1:latest\"}]}"));
        WinnowConfig.Llm auto = config(Map.of()).llm();

        // when
        WinnowConfig.Llm resolved = LlmWiring.resolveAuto(auto,
                new io.winnow.analyst.llm.OllamaProbe(java.time.Duration.ofSeconds(2)), ollama.url());

        // then
        assertThat(auto.provider()).isEqualTo("auto");
        assertThat(resolved.provider()).isEqualTo("ollama");
        assertThat(resolved.model()).isEqualTo("llama3.1:latest");
        assertThat(resolved.baseUrl()).isEqualTo(ollama.url());
        assertThat(ollama.requests()).singleElement().satisfies(r -> assertThat(r.path()).isEqualTo("/api/tags"));
    }

    @Test
    void autoFallsBackToTheBuiltinAnalystWhenNoOllamaAnswers() {
        // given: a server that is not Ollama
        ollama.reply(FakeModelServer.Reply.status(404, "{}"));

        // when
        WinnowConfig.Llm resolved = LlmWiring.resolveAuto(config(Map.of()).llm(),
                new io.winnow.analyst.llm.OllamaProbe(java.time.Duration.ofSeconds(2)), ollama.url());

        // then
        assertThat(resolved.provider()).isEqualTo("builtin");
    }

    @Test
    void analysesThroughOllamaWhenTheEnvironmentSaysSo() throws IOException {
        // given
        ollama.reply(FakeModelServer.Reply.ok(recorded("ollama/chat.json")));
        WinnowConfig config = config(Map.of("WINNOW_LLM_PROVIDER", "ollama", "WINNOW_LLM_BASE_URL", ollama.url()));

        // when
        Outcome outcome;
        try (Engine engine = App.open(config)) {
            assertThat(engine.analystName()).isEqualTo("ollama:llama3.1");
            outcome = engine.pipeline().triage(engine.pipeline().parseRawLine(
                    "Nov 22 10:15:30 bastion sshd[811]: Failed password for root from 203.0.113.50 port 40022 ssh2"), false);
        }

        // then: the model's answer, grounded, with the mask undone only after it came back
        assertThat(outcome).isInstanceOf(Outcome.Analysed.class);
        Analysis analysis = ((Outcome.Analysed) outcome).analysis();
        assertThat(analysis.modelUsed()).isEqualTo("ollama:llama3.1");
        assertThat(analysis.sentText()).contains("<<<ALERT_DATA_BEGIN>>>").doesNotContain("203.0.113.50");
        assertThat(ollama.requests()).singleElement().satisfies(r -> assertThat(r.body()).doesNotContain("203.0.113.50"));
    }

    @Test
    void stopsTheStartNamingTheKeyWhenAProviderCannotBeUsed() {
        // given
        WinnowConfig config = config(Map.of("WINNOW_LLM_PROVIDER", "anthropic"));

        // when
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> LlmWiring.analysts(config.llm(), Map.of(), Clock.systemUTC(), true));

        // then
        assertThat(e.problems()).singleElement().asString().startsWith("llm.api_key: anthropic needs a key");
    }

    @Test
    void refusesAnthropicWithoutMaskingUnlessAllowed() {
        // given
        Map<String, String> environment = Map.of("WINNOW_LLM_PROVIDER", "anthropic", "WINNOW_LLM_API_KEY", "sk-ant-test");

        // then
        assertThat(catchThrowableOfType(ConfigException.class, () -> LlmWiring.analysts(config(environment).llm(),
                Map.of(), Clock.systemUTC(), false)).problems()).singleElement().asString().contains("masking is off");
        Map<String, String> allowed = new java.util.HashMap<>(environment);
        allowed.put("WINNOW_LLM_ALLOW_UNMASKED_CLOUD", "true");
        try (var analysts = LlmWiring.analysts(config(allowed).llm(), Map.of(), Clock.systemUTC(), false)) {
            assertThat(analysts.primary()).isPresent();
        }
    }
}
