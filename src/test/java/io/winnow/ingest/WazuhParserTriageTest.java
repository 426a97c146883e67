package io.winnow.ingest;

import io.winnow.alert.Alert;
import io.winnow.alert.Entity;
import io.winnow.alert.EntityType;
import io.winnow.alert.Severity;
import io.winnow.alert.SourceFormat;
import io.winnow.alert.SourceLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static io.winnow.ingest.TestIntake.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The flat Wazuh triage schema, through {@link WazuhParser}. */
class WazuhParserTriageTest {
    private final Intake intake = TestIntake.intake();

    @Test
    void readsTriageSchemaAlert() {
        // given
        String alertJson = fixture("wazuh/triage-sshd-bruteforce.json");

        // when
        Alert alert = intake.parse(alertJson, null);

        // then
        assertThat(alert.format()).isEqualTo(SourceFormat.WAZUH);
        assertThat(alert.source()).isEqualTo("wazuh");
        assertThat(alert.externalId()).isEqualTo("wz-2026-11-22-000431");
        assertThat(alert.eventTime()).isEqualTo(Instant.parse("2026-11-22T10:15:02.123Z"));
        assertThat(alert.ruleId()).isEqualTo("5712");
        assertThat(alert.level()).isEqualTo(new SourceLevel("wazuh-level", "10", Severity.HIGH));
        assertThat(alert.rule()).startsWith("sshd: brute force");
        assertThat(alert.host()).isEqualTo("web-01");
        assertThat(alert.message()).startsWith("Nov 22 10:15:01 web-01 sshd[20881]");
        assertThat(alert.entities()).extracting(Entity::type, Entity::value).containsExactly(
                tuple(EntityType.SOURCE_IP, "203.0.113.77"),
                tuple(EntityType.DESTINATION_IP, "10.0.2.15"),
                tuple(EntityType.SOURCE_PORT, "51234"),
                tuple(EntityType.DESTINATION_PORT, "22"),
                tuple(EntityType.PROTOCOL, "tcp"));
        assertThat(alert.fields()).containsExactly(
                java.util.Map.entry("raw_data.decoder.name", "sshd"),
                java.util.Map.entry("raw_data.data.srcuser", "admin"),
                java.util.Map.entry("raw_data.location", "/var/log/auth.log"));
    }

    @Test
    void acceptsNumbersAsStringsIpv6AndRawDataAsText() {
        Alert alert = intake.parse(fixture("wazuh/triage-minimal-strings.json"), null);

        assertThat(alert.externalId()).isEqualTo("17");
        assertThat(alert.ruleId()).isEqualTo("100200");
        assertThat(alert.level()).isEqualTo(new SourceLevel("wazuh-level", "3", Severity.LOW));
        assertThat(alert.message()).isEqualTo("Web server 400 error code.");
        assertThat(alert.valuesOf(EntityType.SOURCE_IP)).containsExactly("2001:db8::7");
        assertThat(alert.valuesOf(EntityType.SOURCE_PORT)).containsExactly("443");
        assertThat(alert.fields()).containsOnlyKeys("raw_data");
    }

    @Test
    void forcedWazuhReadsTriageShapeAndReportsItsRequiredField() {
        assertThatThrownBy(() -> intake.parse("{\"full_log\":\"x\"}", SourceFormat.WAZUH))
                .isInstanceOfSatisfying(AlertParseException.class, e ->
                        assertThat(e.errors()).containsExactly(new FieldError("rule_description", "required")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"16", "-1", "\"high\"", "7.5", "\"12a\"", "true", "99999999999"})
    void rejectsRuleLevelOutsideZeroToFifteen(String level) {
        String alertJson = "{\"rule_description\":\"d\",\"rule_level\":" + level + "}";

        assertThatThrownBy(() -> intake.parse(alertJson, null))
                .isInstanceOfSatisfying(AlertParseException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("rule_level", "must be an integer between 0 and 15")));
    }

    @Test
    void reportsEveryWrongFieldWithoutEchoingValues() {
        String alertJson = """
                {"alert_id":[1],"timestamp":"last tuesday","rule_id":true,"rule_level":"sixteen",
                 "rule_description":"","source_ip":"evil.example.com","destination_ip":"10.0.0.256",
                 "source_port":70000,"destination_port":"ssh","protocol":6,"agent_name":{},"full_log":[],
                 "raw_data":42}""";

        assertThatThrownBy(() -> intake.parse(alertJson, null))
                .isInstanceOfSatisfying(AlertParseException.class, e -> {
                    assertThat(e.errors()).containsExactlyInAnyOrder(
                            new FieldError("alert_id", "must be a string or an integer"),
                            new FieldError("timestamp", "must be an ISO 8601 time"),
                            new FieldError("rule_id", "must be a string or an integer"),
                            new FieldError("rule_level", "must be an integer between 0 and 15"),
                            new FieldError("rule_description", "must not be blank"),
                            new FieldError("source_ip", "must be an IP address"),
                            new FieldError("destination_ip", "must be an IP address"),
                            new FieldError("source_port", "must be a port number between 0 and 65535"),
                            new FieldError("destination_port", "must be a port number between 0 and 65535"),
                            new FieldError("protocol", "must be a string"),
                            new FieldError("agent_name", "must be a string"),
                            new FieldError("full_log", "must be a string"),
                            new FieldError("raw_data", "must be an object or a string"));
                    assertThat(e.getMessage()).doesNotContain("evil.example.com", "last tuesday", "10.0.0.256");
                });
    }
}
