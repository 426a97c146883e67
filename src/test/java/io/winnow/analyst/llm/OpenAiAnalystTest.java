package io.winnow.analyst.llm;

import com.fasterxml.jackson.databind.JsonNode;
import io.winnow.analyst.AnalystException;
import io.winnow.analyst.AnalystException.Reason;
import io.winnow.analyst.llm.Wire.Answer;
import org.junit.jupiter.api.Test;

import static io.winnow.analyst.llm.OllamaAnalystTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** OpenAI and servers speaking its chat-completions API: the contract, and the request's own shape. */
class OpenAiAnalystTest extends HttpProviderContract {
    @Override
    Wire wire() {
        return Wire.OPENAI;
    }

    @Test
    void asksForTheSchemaAsAStrictJsonSchemaResponseFormatWithTheKeyAsBearer() {
        // given
        server.reply(wire().answering(Answer.VALID));

        // when
        analyst().analyse(alert);

        // then
        FakeModelServer.Request request = server.requests().getFirst();
        JsonNode body = request.json();
        assertThat(body.path("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(body.at("/response_format/type").asText()).isEqualTo("json_schema");
        assertThat(body.at("/response_format/json_schema/name").asText()).isEqualTo(AnalysisSchema.NAME);
        assertThat(body.at("/response_format/json_schema/strict").asBoolean()).isTrue();
        assertThat(body.at("/response_format/json_schema/schema/additionalProperties").asBoolean(true)).isFalse();
        assertThat(body.at("/response_format/json_schema/schema/properties/iocs/items/additionalProperties").asBoolean(true)).isFalse();
        assertThat(texts(body.at("/response_format/json_schema/schema/required"))).containsExactlyElementsOf(AnalysisSchema.ROOT.required());
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
    }

    @Test
    void reportsARefusedRequestAsRejected() {
        // given
        server.reply(wire().error(400));

        // when
        AnalystException e = failure(analyst());

        // then
        assertThat(e.reason()).isEqualTo(Reason.REJECTED);
        assertThat(e.getMessage()).contains("HTTP 400").doesNotContain("Invalid schema");
    }
}
