package io.winnow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Input built to hurt: deep nesting, huge strings, floods of fields, broken JSON, secrets in bad values. */
class HostileInputTest {
    private static final String SECRET = "AKIAIOSFODNN7EXAMPLE";
    private final Intake intake = TestIntake.intake();

    @Test
    void rejectsNestingDeeperThan32Levels() {
        String deep = "{\"output_fields\":" + "{\"a\":".repeat(40) + "1" + "}".repeat(40) + "}";

        assertThatThrownBy(() -> intake.parse(deep, null))
                .satisfies(onlyError(new FieldError("$", "nesting too deep (max 32 levels)")));
    }

    @Test
    void acceptsNestingOfExactly32Levels() {
        String nested = "{\"rule\":{\"description\":\"d\"},\"data\":" + "{\"a\":".repeat(30) + "1"
                + "}".repeat(30) + "}";

        assertThat(intake.parse(nested, null).fields()).containsKey("data" + ".a".repeat(30));
    }

    @Test
    void checksDepthOfTreesBuiltElsewhere() throws Exception {
        ObjectMapper lenient = new ObjectMapper();
        JsonNode deep = lenient.readTree("{\"rule\":{\"description\":\"d\"},\"data\":"
                + "{\"a\":".repeat(40) + "1" + "}".repeat(40) + "}");

        assertThatThrownBy(() -> intake.parse(deep, null))
                .satisfies(onlyError(new FieldError("data", "nesting too deep (max 32 levels)")));
    }

    @Test
    void rejectsHugeStringNamingItsField() {
        String huge = "x".repeat(65_537);

        assertThatThrownBy(() -> intake.parse("{\"rule\":\"r\",\"output\":\"" + huge + "\",\"output_fields\":{}}", null))
                .satisfies(onlyError(new FieldError("output", "too long (max 65536 characters)")));
        assertThatThrownBy(() -> intake.parse("{\"output_fields\":{\"proc.cmdline\":\"" + huge + "\"}}", null))
                .satisfies(onlyError(new FieldError("output_fields.proc.cmdline", "too long (max 65536 characters)")));
        assertThatThrownBy(() -> intake.parse(huge, null))
                .satisfies(onlyError(new FieldError("line", "too long (max 65536 characters)")));
    }

    @Test
    void acceptsStringOfExactlyTheLimit() {
        String limit = "y".repeat(65_536);

        assertThat(intake.parse("{\"raw_alert\":\"" + limit + "\"}", null).message()).hasSize(65_536);
    }

    @Test
    void rejectsHugeStringsInTreesBuiltElsewhere() throws Exception {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("rule_description", "z".repeat(70_000));
        node.putObject("raw_data").put("note", "z".repeat(70_000));

        assertThatThrownBy(() -> intake.parse(node, null)).isInstanceOfSatisfying(AlertParseException.class, e ->
                assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("rule_description", "too long (max 65536 characters)"),
                        new FieldError("raw_data.note", "too long (max 65536 characters)")));
    }

    @Test
    void rejectsMoreThan512OutputFields() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 513; i++) {
            fields.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
        }

        assertThatThrownBy(() -> intake.parse("{\"rule\":\"r\",\"output\":\"o\",\"output_fields\":{" + fields + "}}", null))
                .satisfies(onlyError(new FieldError("output_fields", "too many fields (max 512)")));
    }

    @Test
    void rejectsFlattenedDataBeyond512Fields() {
        String array = "[" + "1,".repeat(600) + "1]";

        assertThatThrownBy(() -> intake.parse("{\"rule\":{\"description\":\"d\"},\"data\":{\"list\":" + array + "}}",
                null)).satisfies(onlyError(new FieldError("data", "too many fields (max 512)")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"raw_alert\": \"unterminated", "{\"rule\": \"r\",}", "{'single': 1}",
            "{\"a\":1} trailing", "{\"a\": NaN}", "{\"a\": 01}"})
    void reportsMalformedJsonWithLocationButNoContent(String json) {
        assertThatThrownBy(() -> intake.parse(json, null)).isInstanceOfSatisfying(AlertParseException.class, e -> {
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("$");
                assertThat(error.reason()).startsWith("malformed JSON: ").contains("line 1, column ");
                assertThat(error.reason()).doesNotContain("single", "unterminated", "trailing", "NaN");
            });
        });
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThatThrownBy(() -> intake.parse("{\"raw_alert\":\"benign\",\"raw_alert\":\"evil\"}", null))
                .isInstanceOfSatisfying(AlertParseException.class, e -> assertThat(e.errors())
                        .singleElement().extracting(FieldError::reason).asString().startsWith("malformed JSON: duplicate field"));
    }

    @Test
    void neverEchoesValuesInErrors() {
        String falco = "{\"rule\":{\"k\":\"" + SECRET + "\"},\"output\":[\"" + SECRET + "\"],\"priority\":\"" + SECRET
                + "\",\"time\":\"" + SECRET + "\",\"output_fields\":{}}";
        String triage = "{\"rule_description\":\"d\",\"source_ip\":\"" + SECRET + "\",\"rule_level\":\"" + SECRET
                + "\",\"timestamp\":\"" + SECRET + "\",\"source_port\":\"" + SECRET + "\"}";
        String malformed = "{\"raw_alert\":\"" + SECRET + "\" \"x\"}";

        for (String input : new String[] {falco, triage, malformed}) {
            assertThatThrownBy(() -> intake.parse(input, null)).isInstanceOfSatisfying(AlertParseException.class, e -> {
                assertThat(e.getMessage()).doesNotContain(SECRET);
                assertThat(e.errors()).allSatisfy(err -> assertThat(err.reason()).doesNotContain(SECRET));
            });
        }
    }

    @Test
    void rejectsNulInsideJsonStringsThatAreKept() {
        assertThatThrownBy(() -> intake.parse("{\"rule\":\"r\",\"output\":\"a\\u0000b\",\"output_fields\":"
                + "{\"proc.name\":\"c\\u0000d\"}}", SourceFormat.FALCO)).isInstanceOfSatisfying(AlertParseException.class,
                        e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                                new FieldError("output", "must not contain NUL characters"),
                                new FieldError("output_fields.proc.name", "must not contain NUL characters")));
    }

    @Test
    void rejectsWrongTypesEverywhereAtOnce() {
        String everythingWrong = "{\"rule\":1,\"output\":2,\"priority\":3,\"time\":4,\"hostname\":5,\"source\":6,"
                + "\"uuid\":7,\"tags\":8,\"output_fields\":9}";

        assertThatThrownBy(() -> intake.parse(everythingWrong, SourceFormat.FALCO))
                .isInstanceOfSatisfying(AlertParseException.class, e -> assertThat(e.errors()).hasSize(9)
                        .extracting(FieldError::field).containsExactlyInAnyOrder("rule", "output", "priority", "time",
                                "hostname", "source", "uuid", "tags", "output_fields"));
    }

    @Test
    void survivesPathologicalSyslogLines() {
        String[] lines = {
            "<" + "9".repeat(50) + ">x", "<191>1 " + "- ".repeat(10_000), "<13>1 - - - - - " + "[a".repeat(20_000),
            "Nov 22 10:15:01 " + "a".repeat(60_000) + ":", "Nov 22 10:15:01 h " + "x[".repeat(30_000),
            "sshd[1]: for " + "for ".repeat(15_000) + "from 1.2.3.4 port 22"};

        for (String line : lines) {
            assertThat(intake.parse(line, null).message()).isNotEmpty();
        }
    }

    private static Consumer<Throwable> onlyError(FieldError expected) {
        return thrown -> assertThat(thrown).isInstanceOfSatisfying(AlertParseException.class,
                e -> assertThat(e.errors()).containsExactly(expected));
    }
}
