package io.winnow.analyst.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.analyst.llm.Wire.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Strict validation against the one schema, with every problem reported at once and no value repeated. */
class AnswerValidatorTest {
    private final AnswerValidator validator = new AnswerValidator();

    private static ObjectNode valid() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(Answer.VALID.text());
    }

    @Test
    void acceptsTheRecordedValidAnswer() throws Exception {
        assertThat(validator.problems(valid())).isEmpty();
    }

    @Test
    void matchesEnumsWhateverTheirCaseOrSeparatorsAndIgnoresUnknownProperties() throws Exception {
        // given
        ObjectNode answer = valid().put("severity", "high").put("verdict", "True Positive").put("notes", "extra");

        // then
        assertThat(validator.problems(answer)).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnceByFieldWithoutTheValues() throws Exception {
        // given
        ObjectNode answer = valid();
        answer.remove("reasoning");
        answer.put("severity", "apocalyptic").put("confidence", "very").put("summary", " ");
        ((ObjectNode) answer.get("false_positive")).put("likelihood", -0.2);
        ((ArrayNode) answer.get("techniques")).addObject().put("name", "Brute Force");
        ((ArrayNode) answer.get("iocs")).add("[EXTERNAL-IP-2]");

        // when
        var problems = validator.problems(answer);

        // then
        assertThat(problems).containsExactlyInAnyOrder(
                "reasoning: is missing",
                "severity: must be one of LOW, MEDIUM, HIGH, CRITICAL",
                "confidence: must be a number",
                "summary: must not be empty",
                "false_positive.likelihood: must be between 0 and 1",
                "techniques[2].id: is missing",
                "iocs[2]: must be an object");
    }

    @Test
    void summarisesAFloodOfProblems() throws Exception {
        // given
        ObjectNode answer = valid();
        ArrayNode iocs = answer.putArray("iocs");
        for (int i = 0; i < 50; i++) {
            iocs.add(i);
        }

        // then
        assertThat(validator.problems(answer)).hasSize(AnswerValidator.MAX_PROBLEMS + 1).last().asString()
                .isEqualTo("and 30 more problems of the same kinds");
    }
}
