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

/** Wazuh's own alerts.json events, through {@link WazuhParser}. */
class WazuhParserEventsTest {
    private final Intake intake = TestIntake.intake();

    @Test
    void readsSshdBruteForceEvent() {
        // given an alerts.json line for rule 5712
        String event = fixture("wazuh/alerts-sshd-bruteforce.json");

        // when
        Alert alert = intake.parse(event, null);

        // then
        assertThat(alert.format()).isEqualTo(SourceFormat.WAZUH);
        assertThat(alert.source()).isEqualTo("wazuh");
        assertThat(alert.externalId()).isEqualTo("1795349702.4179052");
        assertThat(alert.eventTime()).isEqualTo(Instant.parse("2026-11-22T10:15:02.123Z"));
        assertThat(alert.rule()).isEqualTo("sshd: brute force trying to get access to the system. Non existent user.");
        assertThat(alert.ruleId()).isEqualTo("5712");
        assertThat(alert.level()).isEqualTo(new SourceLevel("wazuh-level", "10", Severity.HIGH));
        assertThat(alert.host()).isEqualTo("web-01");
        assertThat(alert.program()).isEqualTo("sshd");
        assertThat(alert.message())
                .isEqualTo("Nov 22 10:15:01 web-01 sshd[20881]: Invalid user admin from 203.0.113.77 port 51234");
        assertThat(alert.tags()).containsExactly("syslog", "sshd", "authentication_failures");
        assertThat(alert.hints()).containsExactly(
                new AttackHint(TECHNIQUE, "T1110", "rule.mitre.id"),
                new AttackHint(TACTIC, "credential-access", "rule.mitre.tactic"));
        assertThat(alert.entities()).extracting(Entity::type, Entity::value, Entity::field).containsExactly(
                tuple(EntityType.AGENT_IP, "10.0.2.15", "agent.ip"),
                tuple(EntityType.SOURCE_IP, "203.0.113.77", "data.srcip"),
                tuple(EntityType.SOURCE_PORT, "51234", "data.srcport"),
                tuple(EntityType.USER, "admin", "data.srcuser"));
    }

    @Test
    void flattensEverythingElseIntoDottedFields() {
        Alert alert = intake.parse(fixture("wazuh/alerts-sshd-bruteforce.json"), null);

        assertThat(alert.fields())
                .containsEntry("rule.firedtimes", "1")
                .containsEntry("rule.mail", "false")
                .containsEntry("rule.pci_dss[0]", "11.4")
                .containsEntry("rule.mitre.technique[0]", "Brute Force")
                .containsEntry("agent.id", "003")
                .containsEntry("manager.name", "wazuh-manager")
                .containsEntry("decoder.name", "sshd")
                .containsEntry("predecoder.hostname", "web-01")
                .containsEntry("location", "/var/log/auth.log")
                .containsEntry("data.srcuser", "admin")
                .doesNotContainKeys("full_log", "timestamp", "rule.description", "rule.level", "rule.groups[0]");
    }

    @Test
    void mapsWindowsEventDataToUsersAndSourceAddress() {
        Alert alert = intake.parse(fixture("wazuh/alerts-windows-logon-failure.json"), null);

        assertThat(alert.host()).isEqualTo("DC01");
        assertThat(alert.program()).isEqualTo("windows_eventchannel");
        assertThat(alert.message()).isEqualTo("Logon Failure - Unknown user or bad password");
        assertThat(alert.level().severity()).isEqualTo(Severity.MEDIUM);
        assertThat(alert.valuesOf(EntityType.USER)).containsExactly("administrator");
        assertThat(alert.valuesOf(EntityType.SOURCE_IP)).containsExactly("198.51.100.23");
        assertThat(alert.valuesOf(EntityType.SOURCE_PORT)).containsExactly("50122");
        assertThat(alert.valuesOf(EntityType.EVENT_ID)).containsExactly("4625");
        assertThat(alert.valuesOf(EntityType.HOST)).containsExactly("DC01.corp.example.com");
        assertThat(alert.fields()).containsEntry("data.win.eventdata.logonType", "3");
        assertThat(alert.hints()).contains(new AttackHint(TACTIC, "impact", "rule.mitre.tactic"));
    }

    @Test
    void mapsSysmonProcessCreationToProcessCommandLineAndParent() {
        Alert alert = intake.parse(fixture("wazuh/alerts-sysmon-process.json"), null);

        assertThat(alert.level()).isEqualTo(new SourceLevel("wazuh-level", "12", Severity.CRITICAL));
        assertThat(alert.valuesOf(EntityType.PROCESS)).containsExactly("C:\\\\Windows\\\\System32\\\\cmd.exe");
        assertThat(alert.valuesOf(EntityType.COMMAND_LINE)).singleElement().asString().startsWith("cmd.exe /c whoami");
        assertThat(alert.valuesOf(EntityType.PARENT_PROCESS)).hasSize(2);
        assertThat(alert.valuesOf(EntityType.USER)).containsExactly("CORP\\\\jdoe");
        assertThat(alert.hints()).containsExactly(
                new AttackHint(TECHNIQUE, "T1059.003", "rule.mitre.id"),
                new AttackHint(TACTIC, "execution", "rule.mitre.tactic"));
    }

    @Test
    void mapsFileIntegrityEventToFileHashesAndOwner() {
        Alert alert = intake.parse(fixture("wazuh/alerts-syscheck-modified.json"), null);

        assertThat(alert.message()).startsWith("File '/etc/passwd' modified");
        assertThat(alert.valuesOf(EntityType.FILE)).containsExactly("/etc/passwd");
        assertThat(alert.valuesOf(EntityType.HASH)).hasSize(3);
        assertThat(alert.valuesOf(EntityType.USER)).containsExactly("root");
        assertThat(alert.fields()).containsEntry("syscheck.changed_attributes[4]", "sha256");
    }

    @ParameterizedTest
    @CsvSource({"0,LOW", "3,LOW", "4,MEDIUM", "7,MEDIUM", "8,HIGH", "11,HIGH", "12,CRITICAL", "15,CRITICAL"})
    void mapsWazuhLevelBands(int level, Severity expected) {
        String event = "{\"rule\":{\"level\":" + level + ",\"description\":\"d\"},\"agent\":{\"name\":\"a\"}}";

        assertThat(intake.parse(event, null).level())
                .isEqualTo(new SourceLevel("wazuh-level", Integer.toString(level), expected));
    }

    @Test
    void readsIndexerDocumentTimestampWhenThereIsNoManagerTimestamp() {
        String event = "{\"@timestamp\":\"2026-11-22T10:15:02.123Z\",\"rule\":{\"description\":\"d\"}}";

        assertThat(intake.parse(event, null).eventTime()).isEqualTo(Instant.parse("2026-11-22T10:15:02.123Z"));
    }

    @Test
    void fallsBackToRuleDescriptionWhenThereIsNoFullLog() {
        Alert alert = intake.parse("{\"rule\":{\"description\":\"Agent event queue is full.\"},\"decoder\":{}}", null);

        assertThat(alert.message()).isEqualTo("Agent event queue is full.");
        assertThat(alert.program()).isNull();
    }

    @Test
    void ignoresUnknownTacticsAndMalformedTechniqueIds() {
        String event = """
                {"rule":{"description":"d","mitre":{"id":["T1078","TA0001","1078"],
                 "tactic":["Defense Evasion","Command and Control","Mobile Stuff"]}}}""";

        assertThat(intake.parse(event, null).hints()).extracting(AttackHint::value)
                .containsExactly("T1078", "defense-evasion", "command-and-control");
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
        String event = """
                {"timestamp":"22/11/2026","id":{"x":1},
                 "rule":{"level":16,"id":[5712],"groups":"sshd","mitre":{"id":[1110],"tactic":"Impact"}},
                 "agent":{"name":7},"decoder":"sshd","predecoder":{"program_name":false},"full_log":12,"data":[1]}""";

        assertThatThrownBy(() -> intake.parse(event, null))
                .isInstanceOfSatisfying(AlertParseException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("timestamp", "must be an ISO 8601 time"),
                        new FieldError("id", "must be a string or an integer"),
                        new FieldError("rule.description", "required"),
                        new FieldError("rule.level", "must be an integer between 0 and 15"),
                        new FieldError("rule.id", "must be a string or an integer"),
                        new FieldError("rule.mitre.id[0]", "must be a string"),
                        new FieldError("agent.name", "must be a string"),
                        new FieldError("decoder", "must be an object"),
                        new FieldError("predecoder.program_name", "must be a string"),
                        new FieldError("full_log", "must be a string"),
                        new FieldError("data", "must be an object")));
    }

    @Test
    void requiresRuleWhenShapeIsAnEvent() {
        assertThatThrownBy(() -> intake.parse("{\"agent\":{\"name\":\"web-01\"}}", null))
                .isInstanceOfSatisfying(AlertParseException.class, e ->
                        assertThat(e.errors()).containsExactly(new FieldError("rule", "required")));
    }
}
