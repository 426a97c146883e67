package io.winnow.analyst.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Building the analysts of the llm section: every problem at once, keys from the usual places, the cloud guard. */
class LlmAnalystsTest {
    private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private static LlmAnalysts factory(Map<String, String> environment) {
        return new LlmAnalysts(environment, FileSystems.getDefault(), Clock.systemUTC());
    }

    private static LlmSettings settings(Provider provider, String baseUrl, String key) {
        return new LlmSettings(provider, "", baseUrl, ApiKey.of(key), FIVE_SECONDS, 1, 8, "");
    }

    private static LlmSection section(LlmSettings primary) {
        return new LlmSection(primary, Optional.empty(), false);
    }

    @Test
    void buildsNothingForTheBuiltinProvider() {
        // when
        LlmAnalysts.Configured configured = factory(Map.of()).create(section(settings(Provider.BUILTIN, "", "")), true);

        // then
        assertThat(configured.primary()).isEmpty();
        assertThat(configured.fallback()).isEmpty();
    }

    @Test
    void buildsAPrimaryAndAFallbackNamedForTheirModels() {
        // given
        LlmSection section = new LlmSection(settings(Provider.OLLAMA, "", ""),
                Optional.of(new LlmSettings(Provider.OPENAI, "qwen2.5-7b-instruct", "http://127.0.0.1:8000/v1", ApiKey.none(),
                        FIVE_SECONDS, 0, 2, "")), false);

        // when
        LlmAnalysts.Configured configured = factory(Map.of()).create(section, true);

        // then
        assertThat(configured.primary()).get().extracting(LlmAnalyst::name).isEqualTo("ollama:llama3.1");
        assertThat(configured.fallback()).get().extracting(LlmAnalyst::name).isEqualTo("openai:qwen2.5-7b-instruct");
    }

    @Test
    void reportsEveryProblemOfTheSectionAtOnceNamingKeys() {
        // given
        LlmSection section = new LlmSection(settings(Provider.ANTHROPIC, "", ""),
                Optional.of(settings(Provider.OLLAMA, "localhost:11434", "")), false);

        // when
        LlmSetupException e = catchThrowableOfType(LlmSetupException.class, () -> factory(Map.of()).create(section, true));

        // then
        assertThat(e.problems()).containsExactly(
                "llm.api_key: anthropic needs a key; set it, or ANTHROPIC_API_KEY",
                "llm.fallback.base_url: must be an http:// or https:// URL with a host");
    }

    @Test
    void takesTheProvidersOwnVariableOrItsFileForItsOwnAddressOnly() throws IOException {
        // given
        Path keyFile = Files.writeString(dir.resolve("anthropic.key"), "sk-ant-from-file\n");
        ApiKeys keys = new ApiKeys(Map.of("OPENAI_API_KEY", "sk-from-env", "ANTHROPIC_API_KEY_FILE", keyFile.toString()),
                FileSystems.getDefault());
        var problems = new java.util.ArrayList<String>();

        // then
        assertThat(keys.resolve(settings(Provider.OPENAI, "", ""), problems).reveal()).isEqualTo("sk-from-env");
        assertThat(keys.resolve(settings(Provider.OPENAI, "https://api.openai.com/v1", ""), problems).reveal()).isEqualTo("sk-from-env");
        assertThat(keys.resolve(settings(Provider.OPENAI, "http://127.0.0.1:8000/v1", ""), problems).isEmpty()).isTrue();
        assertThat(keys.resolve(settings(Provider.OPENAI, "", "sk-configured"), problems).reveal()).isEqualTo("sk-configured");
        assertThat(keys.resolve(settings(Provider.ANTHROPIC, "", ""), problems).reveal()).isEqualTo("sk-ant-from-file");
        assertThat(keys.resolve(settings(Provider.OLLAMA, "", ""), problems).isEmpty()).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void refusesTwoSourcesForOneKeyAndUnreadableKeyFilesWithoutTheirContents() {
        // given
        Map<String, String> environment = Map.of("OPENAI_API_KEY", "sk-one", "OPENAI_API_KEY_FILE", "/run/secrets/openai",
                "ANTHROPIC_API_KEY_FILE", dir.resolve("missing").toString());
        LlmSection section = new LlmSection(settings(Provider.OPENAI, "", ""),
                Optional.of(settings(Provider.ANTHROPIC, "", "")), false);

        // when
        LlmSetupException e = catchThrowableOfType(LlmSetupException.class, () -> factory(environment).create(section, true));

        // then
        assertThat(e.problems()).contains("OPENAI_API_KEY and OPENAI_API_KEY_FILE are both set; set only one of them",
                "ANTHROPIC_API_KEY_FILE: cannot read the file it names (NoSuchFileException)");
        assertThat(e.getMessage()).doesNotContain("sk-one");
    }

    @Test
    void needsAModelFileForGguf() {
        // when
        LlmSetupException e = catchThrowableOfType(LlmSetupException.class,
                () -> factory(Map.of()).create(section(settings(Provider.GGUF, "", "")), true));

        // then
        assertThat(e.problems()).singleElement().asString().startsWith("llm.model_path: gguf needs the path");
    }

    @Test
    void refusesACloudProviderWhileMaskingIsOffUnlessAllowed() {
        // given
        LlmSettings anthropic = settings(Provider.ANTHROPIC, "", "sk-ant-test");
        LlmSettings openAi = settings(Provider.OPENAI, "", "sk-test");
        LlmSettings localOpenAi = settings(Provider.OPENAI, "http://127.0.0.1:8000/v1", "");

        // then
        assertThat(CloudGuard.check(section(anthropic), false)).get().asString()
                .startsWith("llm.provider: anthropic sends alert text to a third-party cloud").contains("llm.allow_unmasked_cloud");
        assertThat(CloudGuard.check(section(openAi), false)).isPresent();
        assertThat(CloudGuard.check(section(anthropic), true)).isEmpty();
        assertThat(CloudGuard.check(new LlmSection(anthropic, Optional.empty(), true), false)).isEmpty();
        assertThat(CloudGuard.check(section(localOpenAi), false)).isEmpty();
        assertThat(CloudGuard.check(section(settings(Provider.OLLAMA, "http://gpu-box:11434", "")), false)).isEmpty();
        assertThat(CloudGuard.check(new LlmSection(localOpenAi, Optional.of(anthropic), false), false)).get().asString()
                .startsWith("llm.fallback.provider: anthropic");
        assertThat(catchThrowableOfType(LlmSetupException.class, () -> factory(Map.of()).create(section(anthropic), false))
                .problems()).hasSize(1);
    }

    @Test
    void neverPrintsAKey() {
        // given
        LlmSettings settings = settings(Provider.ANTHROPIC, "", "sk-ant-very-secret");

        // then
        assertThat(settings.toString()).contains("apiKey=[hidden]").doesNotContain("sk-ant");
        assertThat(ApiKey.none().toString()).isEqualTo("[empty]");
    }
}
