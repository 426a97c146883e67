package io.winnow.analyst.llm;

import com.fasterxml.jackson.databind.JsonNode;
import io.winnow.analyst.llm.Wire.Answer;
import org.junit.jupiter.api.Test;

import static io.winnow.analyst.llm.OllamaAnalystTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** Anthropic's Messages API: the contract, and the request's own shape. */
class AnthropicAnalystTest extends HttpProviderContract {
    @Override
    Wire wire() {
        return Wire.ANTHROPIC;
    }

    @Test
    void asksForTheSchemaAsAnOutputFormatWithTheKeyInItsHeader() {
        // given
        server.reply(wire().answering(Answer.VALID));

        // when
        analyst().analyse(alert);

        // then
        FakeModelServer.Request request = server.requests().getFirst();
        JsonNode body = request.json();
        assertThat(body.path("model").asText()).isEqualTo("claude-haiku-4-5");
        assertThat(body.at("/output_config/format/type").asText()).isEqualTo("json_schema");
        assertThat(body.at("/output_config/format/schema/additionalProperties").asBoolean(true)).isFalse();
        assertThat(texts(body.at("/output_config/format/schema/required"))).containsExactlyElementsOf(AnalysisSchema.ROOT.required());
        assertThat(body.path("max_tokens").asInt()).isEqualTo(ChatModels.MAX_ANSWER_TOKENS);
        assertThat(body.path("temperature").asDouble(-1)).isZero();
        assertThat(body.path("messages")).hasSize(1);
        assertThat(request.header("x-api-key")).isEqualTo(KEY);
        assertThat(request.header("anthropic-version")).isNotBlank();
        assertThat(request.header("Authorization")).isNull();
    }
}
