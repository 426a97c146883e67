package io.winnow.analyst.llm;

import io.winnow.analyst.llm.LenientJson.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a model's answer the way a patient person would, and saying what is wrong without quoting it. */
class LenientJsonTest {
    private final LenientJson json = new LenientJson();

    private Result.Found found(String answer) {
        assertThat(json.read(answer)).isInstanceOf(Result.Found.class);
        return (Result.Found) json.read(answer);
    }

    private String problem(String answer) {
        assertThat(json.read(answer)).isInstanceOf(Result.Unreadable.class);
        return ((Result.Unreadable) json.read(answer)).problem();
    }

    @Test
    void readsABareObject() {
        assertThat(found("{\"a\": 1}").object().get("a").asInt()).isEqualTo(1);
    }

    @Test
    void readsTheFirstFencedObjectAmidProse() {
        // given
        String answer = "Here you go {not this}:\n```json\n{\"verdict\": \"TRUE_POSITIVE\"}\n```\nAnything else?";

        // then
        assertThat(found(answer).object().get("verdict").asText()).isEqualTo("TRUE_POSITIVE");
    }

    @Test
    void readsAnObjectAfterProseWithoutAFence() {
        assertThat(found("My analysis: {\"x\": \"a } in a string\", \"y\": [1, 2]} Hope it helps.").object().get("x").asText())
                .isEqualTo("a } in a string");
    }

    @Test
    void skipsAReasoningModelsThinking() {
        assertThat(found("<think>The user wants {json}. Let me think.</think>\n{\"verdict\": \"FALSE_POSITIVE\"}").object()
                .get("verdict").asText()).isEqualTo("FALSE_POSITIVE");
    }

    @Test
    void acceptsTrailingCommasAndComments() {
        assertThat(found("{\"a\": [1, 2,], // why\n \"b\": {\"c\": 3,},}").object().at("/b/c").asInt()).isEqualTo(3);
    }

    @Test
    void callsATruncatedObjectIncomplete() {
        assertThat(problem("{\"summary\": \"Repeated failed SSH logins from [EXTERNAL-IP-1]\", \"techniques\": [{\"id\""))
                .contains("incomplete").doesNotContain("SSH").doesNotContain("EXTERNAL");
    }

    @Test
    void namesThePlaceOfASyntaxErrorWithoutQuotingIt() {
        assertThat(problem("{\"summary\": \"secret-ish text\" \"oops\": 1}")).contains("line 1").doesNotContain("secret");
    }

    @Test
    void refusesEmptyAnswersAnswersWithoutAnObjectAndHugeAnswers() {
        assertThat(problem("  ")).isEqualTo("the answer is empty");
        assertThat(problem("I cannot help with that.")).isEqualTo("the answer contains no JSON object");
        assertThat(problem("{\"a\": \"" + "x".repeat(LenientJson.MAX_CHARS) + "\"}")).contains("longer than");
    }
}
