package io.winnow.ingest;

import io.winnow.alert.Alert;
import io.winnow.alert.Severity;
import io.winnow.alert.SourceFormat;
import io.winnow.alert.SourceLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.winnow.ingest.TestIntake.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SibParserTest {
    private final Intake intake = TestIntake.intake();

    @Test
    void readsSibBodyWithAlertAsTheText() {
        // given the body SIB's Grafana integration posts
        String body = fixture("sib/sib-alert-field.json");

        // when
        Alert alert = intake.parse(body, null);

        // then
        assertThat(alert.format()).isEqualTo(SourceFormat.SIB);
        assertThat(alert.source()).isEqualTo("sib");
        assertThat(alert.rule()).isEqualTo("Read sensitive file untrusted");
        assertThat(alert.message()).startsWith("Sensitive file opened for reading by non-trusted program");
        assertThat(alert.level()).isEqualTo(new SourceLevel("sib-priority", "Critical", Severity.CRITICAL));
        assertThat(alert.host()).isEqualTo("sib-host");
        assertThat(alert.eventTime()).isNull();
    }

    @Test
    void ignoresStoreAndDryRunRequestFlags() {
        Alert withStore = intake.parse(fixture("sib/sib-alert-field.json"), null);
        Alert withDryRun = intake.parse(fixture("sib/sib-output-field.json"), SourceFormat.SIB);

        assertThat(withStore.fields()).isEmpty();
        assertThat(withDryRun.fields()).isEmpty();
        assertThat(withStore.evidenceText()).doesNotContain("true");
    }

    @Test
    void readsOutputSpellingWithTimeAndLowerCasePriority() {
        Alert alert = intake.parse(fixture("sib/sib-output-field.json"), SourceFormat.SIB);

        assertThat(alert.message()).startsWith("Network tool launched in container");
        assertThat(alert.eventTime()).isEqualTo(Instant.parse("2026-11-22T10:15:02Z"));
        assertThat(alert.level()).isEqualTo(new SourceLevel("sib-priority", "notice", Severity.LOW));
    }

    @Test
    void prefersOutputWhenBothSpellingsAreGiven() {
        Alert alert = intake.parse("{\"rule\":\"r\",\"output\":\"from output\",\"alert\":\"from alert\"}", null);

        assertThat(alert.message()).isEqualTo("from output");
        assertThat(alert.fields()).isEmpty();
    }

    @Test
    void takesGivenSourceAndKeepsUnknownScalarsAsFields() {
        Alert alert = intake.parse("{\"rule\":\"r\",\"alert\":\"a\",\"source\":\"grafana\",\"team\":\"blue\"}", null);

        assertThat(alert.source()).isEqualTo("grafana");
        assertThat(alert.fields()).containsExactly(java.util.Map.entry("team", "blue"));
    }

    @Test
    void treatsSibsUnknownPriorityPlaceholderAsNoPriority() {
        Alert alert = intake.parse("{\"rule\":\"r\",\"alert\":\"a\",\"priority\":\"Unknown\"}", null);

        assertThat(alert.level()).isNull();
    }

    @Test
    void reportsMissingTextAndWrongTypes() {
        String body = "{\"rule\":[\"r\"],\"priority\":\"spicy\",\"hostname\":1,\"time\":\"noon\"}";

        assertThatThrownBy(() -> intake.parse(body, SourceFormat.SIB))
                .isInstanceOfSatisfying(AlertParseException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("rule", "must be a string"),
                        new FieldError("output", "required"),
                        new FieldError("priority", "must be a priority name (" + Levels.FALCO_PRIORITIES + ")"),
                        new FieldError("hostname", "must be a string"),
                        new FieldError("time", "must be an ISO 8601 time")));
    }
}
