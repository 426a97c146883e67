package io.winnow.analyst.llm;

import com.fasterxml.jackson.databind.JsonNode;
import io.winnow.analyst.llm.Wire.Answer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ollama through {@code /api/chat}: the contract, and the request's own shape. */
class OllamaAnalystTest extends HttpProviderContract {
    @Override
    Wire wire() {
        return Wire.OLLAMA;
    }

    @Test
    void asksForTheSchemaAsOllamasFormatWithoutStreamingAtTemperatureZero() {
        // given
        server.reply(wire().answering(Answer.VALID));

        // when
        analyst().analyse(alert);

        // then
        JsonNode body = server.requests().getFirst().json();
        assertThat(body.path("model").asText()).isEqualTo("llama3.1");
        assertThat(body.path("stream").asBoolean(true)).isFalse();
        assertThat(body.path("options").path("temperature").asDouble(-1)).isZero();
        assertThat(body.path("options").path("num_ctx").asInt()).isEqualTo(ChatModels.OLLAMA_CONTEXT_TOKENS);
        assertThat(texts(body.at("/format/required"))).containsExactlyElementsOf(AnalysisSchema.ROOT.required());
        assertThat(texts(body.at("/format/properties/false_positive/required"))).containsExactly("likelihood", "common_causes");
        assertThat(texts(body.at("/format/properties/severity/enum"))).containsExactly("LOW", "MEDIUM", "HIGH", "CRITICAL");
        assertThat(body.path("messages")).hasSize(2);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(server.requests().getFirst().header("Authorization")).isNull();
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
