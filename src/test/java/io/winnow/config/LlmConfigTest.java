package io.winnow.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The llm section: nested fallback keys, durations, a true/false flag and two more secrets. */
class LlmConfigTest {
    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("winnow.yaml");
        Files.writeString(file, text);
        return file;
    }

    private static ConfigLoader loader(Map<String, String> environment) {
        return new ConfigLoader(environment, FileSystems.getDefault());
    }

    @Test
    void defaultsToLookingForALocalOllamaWithFiveSecondTimeouts() {
        // when
        WinnowConfig.Llm llm = WinnowConfig.defaults().llm();

        // then
        assertThat(llm.provider()).isEqualTo("auto");
        assertThat(llm.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(llm.maxRetries()).isEqualTo(1);
        assertThat(llm.maxConcurrency()).isEqualTo(8);
        assertThat(llm.apiKey().isEmpty()).isTrue();
        assertThat(llm.fallback().provider()).isEqualTo("none");
        assertThat(llm.fallback().timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(llm.allowUnmaskedCloud()).isFalse();
    }

    @Test
    void readsTheSectionAndItsFallbackFromTheFileAndTheEnvironment() throws IOException {
        // given
        Path file = yaml("""
                llm:
                  provider: ollama
                  model: qwen2.5:7b
                  timeout: 750ms
                  fallback:
                    provider: openai
                    base_url: http://127.0.0.1:8000/v1
                    timeout: 2m
                  allow_unmasked_cloud: true
                """);
        Path keyFile = dir.resolve("key");
        Files.writeString(keyFile, "sk-fallback-secret\n");

        // when
        WinnowConfig config = loader(Map.of("WINNOW_LLM_BASE_URL", "http://10.0.0.5:11434",
                "WINNOW_LLM_FALLBACK_API_KEY_FILE", keyFile.toString())).load(file, Map.of());

        // then
        WinnowConfig.Llm llm = config.llm();
        assertThat(llm.provider()).isEqualTo("ollama");
        assertThat(llm.model()).isEqualTo("qwen2.5:7b");
        assertThat(llm.baseUrl()).isEqualTo("http://10.0.0.5:11434");
        assertThat(llm.timeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(llm.fallback().provider()).isEqualTo("openai");
        assertThat(llm.fallback().timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(llm.fallback().apiKey().reveal()).isEqualTo("sk-fallback-secret");
        assertThat(llm.allowUnmaskedCloud()).isTrue();
        assertThat(config.settings()).containsEntry("llm.timeout", "750ms")
                .containsEntry("llm.fallback.timeout", "2m")
                .containsEntry("llm.fallback.api_key", "[hidden]")
                .containsEntry("llm.allow_unmasked_cloud", "true");
        assertThat(config.toString()).doesNotContain("sk-fallback-secret");
    }

    @Test
    void refusesDurationsWithoutAUnitOrOutOfRangeAndFlagsThatAreText() throws IOException {
        // given
        Path file = yaml("""
                llm:
                  timeout: 5
                  allow_unmasked_cloud: "yes"
                  fallback:
                    timeout: 20m
                """);

        // when
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> loader(Map.of("WINNOW_LLM_PROVIDER", "chatgpt")).load(file, Map.of()));

        // then
        assertThat(e.problems()).hasSize(4);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("llm.timeout:")
                .contains("a duration such as 5s or 500ms").contains("line 2"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("llm.allow_unmasked_cloud:")
                .contains("expected true or false, got text"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("llm.fallback.timeout:")
                .contains("between 100ms and 10m, was 20m"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("llm.provider:")
                .contains("builtin, ollama, openai, anthropic, gguf").doesNotContain("chatgpt"));
    }

    @Test
    void readsFlagsAndDurationsFromEnvironmentText() {
        // when
        WinnowConfig config = loader(Map.of("WINNOW_LLM_ALLOW_UNMASKED_CLOUD", "TRUE", "WINNOW_LLM_TIMEOUT", "90s"))
                .load(null, Map.of());

        // then
        assertThat(config.llm().allowUnmaskedCloud()).isTrue();
        assertThat(config.llm().timeout()).isEqualTo(Duration.ofSeconds(90));
    }
}
