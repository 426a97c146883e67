package io.winnow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.winnow.alert.Alert;
import io.winnow.alert.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static io.winnow.ingest.TestIntake.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Detection, forcing and the document-level errors of {@link Intake}. */
class IntakeTest {
    private static final String UNRECOGNISED =
            "unrecognised alert format: expected Falco, Wazuh, SIB or {\"raw_alert\": …}";
    private final Intake intake = TestIntake.intake();
    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({
            "falco/read-sensitive-file-k8s.json, FALCO",
            "falco/k8s-audit-exec.json, FALCO",
            "wazuh/alerts-sshd-bruteforce.json, WAZUH",
            "wazuh/alerts-syscheck-modified.json, WAZUH",
            "wazuh/triage-sshd-bruteforce.json, WAZUH",
            "wazuh/triage-minimal-strings.json, WAZUH",
            "sib/sib-alert-field.json, SIB",
            "sib/sib-output-field.json, FALCO"})
    void detectsFormatOfEachFixture(String fixture, SourceFormat expected) throws Exception {
        JsonNode node = mapper.readTree(fixture(fixture));

        assertThat(intake.detect(node)).isEqualTo(expected);
        assertThat(intake.parse(node, null).format()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"raw_alert\":\"x\",\"rule\":{\"description\":\"d\"}}|RAW",
            "{\"rule\":{\"description\":\"d\"},\"output\":\"o\",\"priority\":\"Warning\",\"time\":\"t\"}|WAZUH",
            "{\"agent\":{\"name\":\"a\"}}|WAZUH",
            "{\"decoder\":{\"name\":\"sshd\"},\"rule\":\"r\"}|WAZUH",
            "{\"rule_level\":3,\"output_fields\":{}}|WAZUH",
            "{\"rule_description\":\"d\"}|WAZUH",
            "{\"output_fields\":{}}|FALCO",
            "{\"output\":\"o\",\"priority\":\"Notice\",\"tags\":[]}|FALCO",
            "{\"output\":\"o\",\"priority\":\"Notice\",\"source\":\"syscall\"}|FALCO",
            "{\"rule\":\"r\",\"output\":\"o\",\"priority\":\"Notice\"}|SIB",
            "{\"rule\":\"r\",\"alert\":\"a\"}|SIB"})
    void detectsInTheDocumentedOrder(String json, SourceFormat expected) throws Exception {
        assertThat(intake.detect(mapper.readTree(json))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"message\":\"x\"}", "{\"output\":\"o\"}", "{\"rule\":\"r\"}",
            "{\"agent\":\"web-01\"}"})
    void rejectsObjectsNoFormatRecognises(String json) {
        assertThatThrownBy(() -> intake.parse(json, null))
                .isInstanceOfSatisfying(AlertParseException.class, e ->
                        assertThat(e.errors()).containsExactly(new FieldError("$", UNRECOGNISED)));
    }

    @Test
    void forcedFormatReportsThatFormatsRequiredFields() {
        String sib = fixture("sib/sib-alert-field.json");

        assertThatThrownBy(() -> intake.parse(sib, SourceFormat.FALCO))
                .isInstanceOfSatisfying(AlertParseException.class, e ->
                        assertThat(e.errors()).containsExactly(new FieldError("output", "required")));
        assertThatThrownBy(() -> intake.parse(sib, SourceFormat.WAZUH))
                .isInstanceOfSatisfying(AlertParseException.class, e ->
                        assertThat(e.errors()).containsExactly(new FieldError("rule_description", "required")));
        assertThatThrownBy(() -> intake.parse(sib, SourceFormat.RAW))
                .isInstanceOfSatisfying(AlertParseException.class, e ->
                        assertThat(e.errors()).containsExactly(new FieldError("raw_alert", "required")));
    }

    @Test
    void forcingWazuhReadsBothShapes() {
        assertThat(intake.parse(fixture("wazuh/alerts-sshd-bruteforce.json"), SourceFormat.WAZUH).ruleId())
                .isEqualTo("5712");
        assertThat(intake.parse(fixture("wazuh/triage-sshd-bruteforce.json"), SourceFormat.WAZUH).externalId())
                .isEqualTo("wz-2026-11-22-000431");
    }

    @Test
    void bareLineIsRawUnlessAnotherFormatIsForced() {
        assertThat(intake.parse("Nov 22 10:15:01 h sshd[1]: x", SourceFormat.RAW).format()).isEqualTo(SourceFormat.RAW);
        assertThatThrownBy(() -> intake.parse("Nov 22 10:15:01 h sshd[1]: x", SourceFormat.FALCO))
                .isInstanceOfSatisfying(AlertParseException.class, e ->
                        assertThat(e.errors()).containsExactly(new FieldError("$", "must be a JSON object")));
    }

    @Test
    void linesStartingWithOtherJsonOrBracketsAreRawText() {
        assertThat(intake.parse("[Mon Feb 09 16:47:55.908176 2015] [:error] [pid 17679] denied", null).source())
                .isEqualTo("raw");
        assertThat(intake.parse("42", null).message()).isEqualTo("42");
    }

    @Test
    void treatsJsonStringNodeAsRawLineAndRejectsOtherNonObjects() throws Exception {
        assertThat(intake.parse(mapper.readTree("\"<13>Nov 22 10:15:01 h app: hi\""), null).message()).isEqualTo("hi");
        assertThat(intake.detect(mapper.readTree("\"x\""))).isEqualTo(SourceFormat.RAW);
        for (String json : new String[] {"[1,2]", "42", "true", "null"}) {
            JsonNode node = mapper.readTree(json);
            assertThatThrownBy(() -> intake.parse(node, null))
                    .isInstanceOfSatisfying(AlertParseException.class, e ->
                            assertThat(e.errors()).containsExactly(new FieldError("$", "must be a JSON object")));
        }
    }

    @Test
    void stampsEachAcceptedAlertWithNextIdAndClockTime() {
        AtomicInteger calls = new AtomicInteger();
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        Intake counted = new Intake(Clock.fixed(now, ZoneOffset.UTC), () -> "id-" + calls.incrementAndGet());

        Alert first = counted.parse("first line", null);
        assertThatThrownBy(() -> counted.parse("{}", null)).isInstanceOf(AlertParseException.class);
        Alert second = counted.parse("second line", null);

        assertThat(first.id()).isEqualTo("id-1");
        assertThat(second.id()).isEqualTo("id-2");
        assertThat(second.receivedAt()).isEqualTo(now);
    }

    @Test
    void parsesUtf8BytesIncludingBomAndNonAscii() {
        byte[] bytes = ("\uFEFF{\"raw_alert\":\"Nov 22 10:15:01 h app: Zugriff verweigert für Jürgen\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(intake.parse(bytes, null).message()).isEqualTo("Zugriff verweigert für Jürgen");
    }

    @Test
    void rejectsInvalidUtf8Bytes() {
        byte[] overlong = {'{', '"', 'r', 'a', 'w', '_', 'a', 'l', 'e', 'r', 't', '"', ':', '"', (byte) 0xC0,
            (byte) 0xAF, '"', '}'};
        byte[] truncated = {'a', 'b', (byte) 0xE2, (byte) 0x82};

        for (byte[] bytes : new byte[][] {overlong, truncated}) {
            assertThatThrownBy(() -> intake.parse(bytes, null))
                    .isInstanceOfSatisfying(AlertParseException.class, e ->
                            assertThat(e.errors()).containsExactly(new FieldError("$", "invalid UTF-8")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t\r\n", "\uFEFF"})
    void rejectsEmptyInput(String input) {
        assertThatThrownBy(() -> intake.parse(input, null))
                .isInstanceOfSatisfying(AlertParseException.class, e ->
                        assertThat(e.errors()).containsExactly(new FieldError("$", "empty input")));
        assertThatThrownBy(() -> intake.parse(input.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(AlertParseException.class);
    }

    @Test
    void readJsonAppliesTheSameLimitsToBatchBodies() {
        JsonNode batch = intake.readJson("[{\"raw_alert\":\"a\"},\"b\"]");

        assertThat(batch.size()).isEqualTo(2);
        assertThat(intake.parse(batch.get(0), null).message()).isEqualTo("a");
        assertThat(intake.parse(batch.get(1), null).message()).isEqualTo("b");
        assertThatThrownBy(() -> intake.readJson("[".repeat(40) + "]".repeat(40)))
                .isInstanceOf(AlertParseException.class);
        assertThatThrownBy(() -> intake.parse(intake.readJson("[1]".getBytes(StandardCharsets.UTF_8)), null))
                .isInstanceOfSatisfying(AlertParseException.class, e ->
                        assertThat(e.errors()).containsExactly(new FieldError("$", "must be a JSON object")));
        assertThatThrownBy(() -> intake.readJson(new byte[] {'"', (byte) 0xFF, '"'}))
                .isInstanceOfSatisfying(AlertParseException.class, e ->
                        assertThat(e.errors()).containsExactly(new FieldError("$", "invalid UTF-8")));
    }
}
