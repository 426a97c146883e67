package io.winnow.analyst.llm;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding a local Ollama server at start-up: what a real one answers to {@code GET /api/tags}, and what is not one. */
class OllamaProbeTest {
    private static final String TAGS = """
            {"models":[
              {"name":"qwen2.5:7b","model":"qwen2.5:7b","modified_at":"2025-11-20T09:12:44.1Z","size":4683087332,
               "digest":"845dbda0ea48","details":{"format":"gguf","family":"qwen2","parameter_size":"7.6B","quantization_level":"Q4_K_M"}},
              {"name":"llama3.1:latest","model":"llama3.1:latest","modified_at":"2025-11-18T17:02:10.9Z","size":4920753328,
               "digest":"46e0c10c039e","details":{"format":"gguf","family":"llama","parameter_size":"8.0B","quantization_level":"Q4_K_M"}}
            ]}""";

    private final FakeModelServer server = new FakeModelServer();
    private final OllamaProbe probe = new OllamaProbe(Duration.ofSeconds(2));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void findsAServerAndPrefersTheDefaultModelUnderItsLatestTag() {
        // given
        server.reply(FakeModelServer.Reply.ok(TAGS));

        // when
        var found = probe.probe(server.url(), "");

        // then
        assertThat(found).get().extracting(OllamaProbe.Found::model).isEqualTo("llama3.1:latest");
        assertThat(found.get().models()).containsExactly("qwen2.5:7b", "llama3.1:latest");
        assertThat(server.requests()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.path()).isEqualTo("/api/tags");
        });
    }

    @Test
    void takesThePreferredModelWhenTheServerHasItAndTheFirstOtherwise() {
        server.reply(FakeModelServer.Reply.ok(TAGS), FakeModelServer.Reply.ok(TAGS));
        assertThat(probe.probe(server.url() + "/", "qwen2.5:7b")).get().extracting(OllamaProbe.Found::model).isEqualTo("qwen2.5:7b");
        assertThat(probe.probe(server.url(), "mistral")).get().extracting(OllamaProbe.Found::model).isEqualTo("qwen2.5:7b");
    }

    @Test
    void findsNothingWithoutModelsOrWhenTheAnswerIsNotOllamas() {
        server.reply(FakeModelServer.Reply.ok("{\"models\":[]}"), FakeModelServer.Reply.status(404, "not found"),
                FakeModelServer.Reply.ok("<html>router login</html>"));
        assertThat(probe.probe(server.url(), "")).isEmpty();
        assertThat(probe.probe(server.url(), "")).isEmpty();
        assertThat(probe.probe(server.url(), "")).isEmpty();
    }

    @Test
    void findsNothingWhenNoServerAnswersInTime() throws IOException {
        // given
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server.reply(FakeModelServer.Reply.hanging());

        // then
        assertThat(probe.probe("http://127.0.0.1:" + port, "")).isEmpty();
        assertThat(new OllamaProbe(Duration.ofMillis(200)).probe(server.url(), "")).isEmpty();
    }
}
