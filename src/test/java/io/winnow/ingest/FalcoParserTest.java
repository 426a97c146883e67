package io.winnow.ingest;

import io.winnow.alert.Alert;
import io.winnow.alert.AttackHint;
import io.winnow.alert.Entity;
import io.winnow.alert.EntityType;
import io.winnow.alert.Severity;
import io.winnow.alert.SourceFormat;
import io.winnow.alert.SourceLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static io.winnow.alert.AttackHint.Kind.TACTIC;
import static io.winnow.alert.AttackHint.Kind.TECHNIQUE;
import static io.winnow.ingest.TestIntake.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FalcoParserTest {
    private final Intake intake = TestIntake.intake();

    @Test
    void readsSensitiveFileAlertFromKubernetesContainer() {
        // given a Falco JSON event for cat /etc/shadow in a pod
        String event = fixture("falco/read-sensitive-file-k8s.json");

        // when
        Alert alert = intake.parse(event, null);

        // then
        assertThat(alert.format()).isEqualTo(SourceFormat.FALCO);
        assertThat(alert.id()).isEqualTo("alert-1");
        assertThat(alert.receivedAt()).isEqualTo(TestIntake.NOW);
        assertThat(alert.eventTime()).isEqualTo(Instant.parse("2026-11-22T10:15:02.123456789Z"));
        assertThat(alert.source()).isEqualTo("syscall");
        assertThat(alert.rule()).isEqualTo("Read sensitive file untrusted");
        assertThat(alert.host()).isEqualTo("worker-node-2");
        assertThat(alert.message()).startsWith("10:15:02.123456789: Warning Sensitive file opened");
        assertThat(alert.level()).isEqualTo(new SourceLevel("falco-priority", "Warning", Severity.MEDIUM));
        assertThat(alert.entities()).extracting(Entity::type, Entity::value).containsExactlyInAnyOrder(
                tuple(EntityType.CONTAINER_ID, "3ad7b26ded6d"),
                tuple(EntityType.CONTAINER_IMAGE, "registry.example.com/payments/api:2.4.1"),
                tuple(EntityType.FILE, "/etc/shadow"),
                tuple(EntityType.K8S_NAMESPACE, "payments"),
                tuple(EntityType.K8S_POD, "payments-api-7d9c6b5f4-x2x9k"),
                tuple(EntityType.COMMAND_LINE, "cat /etc/shadow"),
                tuple(EntityType.PROCESS, "cat"),
                tuple(EntityType.PARENT_PROCESS, "bash"),
                tuple(EntityType.USER, "root"));
    }

    @Test
    void keepsTagsVerbatimAndTurnsTechniqueAndTacticTagsIntoHints() {
        Alert alert = intake.parse(fixture("falco/read-sensitive-file-k8s.json"), null);

        assertThat(alert.tags()).containsExactly(
                "T1555", "container", "filesystem", "host", "maturity_stable", "mitre_credential_access");
        assertThat(alert.hints()).containsExactly(
                new AttackHint(TECHNIQUE, "T1555", "falco.tags"),
                new AttackHint(TACTIC, "credential-access", "falco.tags"));
    }

    @Test
    void copiesScalarOutputFieldsAsStringsAndSkipsNulls() {
        Alert alert = intake.parse(fixture("falco/read-sensitive-file-k8s.json"), null);

        assertThat(alert.fields())
                .containsEntry("output_fields.proc.cmdline", "cat /etc/shadow")
                .containsEntry("output_fields.evt.time", "1795349702123456789")
                .containsEntry("output_fields.user.uid", "0")
                .containsEntry("output_fields.user.loginuid", "-1")
                .containsEntry("output_fields.proc.aname[2]", "containerd-shim")
                .doesNotContainKey("output_fields.proc.aname[3]");
        assertThat(alert.fields().keySet()).allMatch(k -> k.startsWith("output_fields."));
    }

    @Test
    void mapsOutboundConnectionEndsToSourceAndDestination() {
        // given a connect() from a host process: local end is the client
        Alert alert = intake.parse(fixture("falco/outbound-c2-host.json"), null);

        assertThat(alert.valuesOf(EntityType.SOURCE_IP)).containsExactly("10.0.4.17");
        assertThat(alert.valuesOf(EntityType.SOURCE_PORT)).containsExactly("43822");
        assertThat(alert.valuesOf(EntityType.DESTINATION_IP)).containsExactly("203.0.113.50");
        assertThat(alert.valuesOf(EntityType.DESTINATION_PORT)).containsExactly("4444");
        assertThat(alert.valuesOf(EntityType.PROTOCOL)).containsExactly("tcp");
        assertThat(alert.valuesOf(EntityType.PARENT_PROCESS)).containsExactly("php-fpm8.2", "php-fpm: pool www");
    }

    @Test
    void skipsHostAsContainerIdAndSocketTuplesAsFiles() {
        Alert alert = intake.parse(fixture("falco/outbound-c2-host.json"), null);

        assertThat(alert.valuesOf(EntityType.CONTAINER_ID)).isEmpty();
        assertThat(alert.valuesOf(EntityType.FILE)).isEmpty();
        assertThat(alert.fields()).containsEntry("output_fields.fd.name", "10.0.4.17:43822->203.0.113.50:4444");
    }

    @Test
    void readsAcceptedConnectionWithRemoteEndAsSource() {
        String event = """
                {"rule":"Inbound Connection","priority":"Notice","time":"2026-11-22T10:00:00Z",
                 "output":"Inbound connection (connection=10.0.0.5:22<-198.51.100.9:50000)",
                 "output_fields":{"evt.type":"accept4","fd.lip":"10.0.0.5","fd.lport":22,
                                  "fd.rip":"198.51.100.9","fd.rport":50000}}""";

        Alert alert = intake.parse(event, null);

        assertThat(alert.valuesOf(EntityType.SOURCE_IP)).containsExactly("198.51.100.9");
        assertThat(alert.valuesOf(EntityType.SOURCE_PORT)).containsExactly("50000");
        assertThat(alert.valuesOf(EntityType.DESTINATION_IP)).containsExactly("10.0.0.5");
        assertThat(alert.valuesOf(EntityType.DESTINATION_PORT)).containsExactly("22");
    }

    @Test
    void mitreTagsThatAreNotEnterpriseTacticsStayTagsOnly() {
        String event = """
                {"rule":"r","output":"o","priority":"Warning","source":"syscall",
                 "tags":["mitre_remote_service","TA0011","mitre_command_and_control","t1059.004","T105"]}""";

        Alert alert = intake.parse(event, null);

        assertThat(alert.tags()).contains("mitre_remote_service", "TA0011");
        assertThat(alert.hints()).containsExactly(
                new AttackHint(TACTIC, "command-and-control", "falco.tags"),
                new AttackHint(TECHNIQUE, "T1059.004", "falco.tags"));
    }

    @Test
    void fallsBackToWholeImageWhenRepositoryIsMissing() {
        Alert alert = intake.parse(fixture("falco/terminal-shell-container.json"), null);

        assertThat(alert.valuesOf(EntityType.CONTAINER_IMAGE)).containsExactly("docker.io/library/nginx:1.27");
        assertThat(alert.level().severity()).isEqualTo(Severity.LOW);
        assertThat(alert.hints()).extracting(AttackHint::value).containsExactly("T1059", "execution");
    }

    @Test
    void takesFalcosidekickUuidAsExternalIdAndUntaggedRepositoryAsImage() {
        Alert alert = intake.parse(fixture("falco/falcosidekick-drop-and-execute.json"), null);

        assertThat(alert.externalId()).isEqualTo("5a0f3bf5-3b1a-4cb4-a3b4-5f2d0fbf3e21");
        assertThat(alert.level()).isEqualTo(new SourceLevel("falco-priority", "Critical", Severity.CRITICAL));
        assertThat(alert.valuesOf(EntityType.CONTAINER_IMAGE)).containsExactly("ghcr.io/example/build-runner");
        assertThat(alert.fields()).containsEntry("output_fields.proc.is_exe_upper_layer", "true");
        assertThat(alert.hints()).containsExactly(new AttackHint(TACTIC, "persistence", "falco.tags"));
    }

    @Test
    void keepsFalcoSourceForKubernetesAuditEvents() {
        Alert alert = intake.parse(fixture("falco/k8s-audit-exec.json"), null);

        assertThat(alert.source()).isEqualTo("k8s_audit");
        assertThat(alert.valuesOf(EntityType.USER)).containsExactly("alice@example.com");
        assertThat(alert.valuesOf(EntityType.K8S_NAMESPACE)).containsExactly("payments");
    }

    @Test
    void usesFalcoAsSourceWhenEventHasNone() {
        Alert alert = intake.parse("{\"rule\":\"r\",\"output\":\"o\",\"output_fields\":{}}", null);

        assertThat(alert.source()).isEqualTo("falco");
        assertThat(alert.level()).isNull();
        assertThat(alert.eventTime()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"Emergency,CRITICAL", "ALERT,CRITICAL", "critical,CRITICAL", "Error,HIGH", "Warning,MEDIUM",
            "Notice,LOW", "Informational,LOW", "Info,LOW", "debug,LOW"})
    void mapsEveryFalcoPriority(String priority, Severity expected) {
        String event = "{\"rule\":\"r\",\"output\":\"o\",\"priority\":\"" + priority + "\",\"output_fields\":{}}";

        Alert alert = intake.parse(event, null);

        assertThat(alert.level()).isEqualTo(new SourceLevel("falco-priority", priority, expected));
    }

    @Test
    void readsTimeWithOffsetAndFewerFractionDigits() {
        String event = "{\"rule\":\"r\",\"output\":\"o\",\"time\":\"2026-11-22T11:15:02.5+01:00\",\"output_fields\":{}}";

        assertThat(intake.parse(event, null).eventTime()).isEqualTo(Instant.parse("2026-11-22T10:15:02.500Z"));
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
        String event = """
                {"rule": 42, "priority": "Loud", "time": "yesterday", "hostname": ["a"], "source": true,
                 "tags": ["ok", 7], "output_fields": "proc.name=cat"}""";

        assertThatThrownBy(() -> intake.parse(event, SourceFormat.FALCO))
                .isInstanceOfSatisfying(AlertParseException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("rule", "must be a string"),
                        new FieldError("output", "required"),
                        new FieldError("priority", "must be a Falco priority (" + Levels.FALCO_PRIORITIES + ")"),
                        new FieldError("time", "must be RFC 3339 time"),
                        new FieldError("hostname", "must be a string"),
                        new FieldError("source", "must be a string"),
                        new FieldError("tags[1]", "must be a string"),
                        new FieldError("output_fields", "must be an object")));
    }

    @Test
    void rejectsEpochNumbersAsTime() {
        String event = "{\"rule\":\"r\",\"output\":\"o\",\"time\":1795349702,\"output_fields\":{}}";

        assertThatThrownBy(() -> intake.parse(event, null))
                .isInstanceOfSatisfying(AlertParseException.class, e ->
                        assertThat(e.errors()).containsExactly(new FieldError("time", "must be RFC 3339 time")));
    }

    @Test
    void rejectsTimeWithoutOffset() {
        String event = "{\"rule\":\"r\",\"output\":\"o\",\"time\":\"2026-11-22T10:15:02\",\"output_fields\":{}}";

        assertThatThrownBy(() -> intake.parse(event, null))
                .isInstanceOfSatisfying(AlertParseException.class, e ->
                        assertThat(e.errors()).containsExactly(new FieldError("time", "must be RFC 3339 time")));
    }
}
