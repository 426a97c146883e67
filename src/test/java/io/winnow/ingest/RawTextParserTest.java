package io.winnow.ingest;

import io.winnow.alert.Alert;
import io.winnow.alert.EntityType;
import io.winnow.alert.Severity;
import io.winnow.alert.SourceFormat;
import io.winnow.alert.SourceLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RawTextParserTest {
    private final Intake intake = TestIntake.intake();

    @Test
    void readsRfc3164LineWithPriority() {
        // given
        String line = "<38>Nov 22 10:15:01 web-01 sshd[20881]: Failed password for invalid user admin from"
                + " 203.0.113.77 port 51234 ssh2";

        // when
        Alert alert = intake.parse(line, null);

        // then
        assertThat(alert.format()).isEqualTo(SourceFormat.RAW);
        assertThat(alert.source()).isEqualTo("syslog");
        assertThat(alert.eventTime()).isEqualTo(Instant.parse("2026-11-22T10:15:01Z"));
        assertThat(alert.host()).isEqualTo("web-01");
        assertThat(alert.program()).isEqualTo("sshd");
        assertThat(alert.message()).isEqualTo(
                "Failed password for invalid user admin from 203.0.113.77 port 51234 ssh2");
        assertThat(alert.level()).isEqualTo(new SourceLevel("syslog-severity", "info", Severity.LOW));
        assertThat(alert.fields()).containsEntry("syslog.facility", "auth").containsEntry("syslog.pid", "20881");
        assertThat(alert.rule()).isNull();
    }

    @Test
    void extractsSshdUserAndSourceEndpoint() {
        Alert alert = intake.parse("Nov 22 10:15:01 web-01 sshd[20881]: Accepted publickey for deploy from"
                + " 198.51.100.4 port 40022 ssh2: ED25519 SHA256:Zx9kq", null);

        assertThat(alert.valuesOf(EntityType.USER)).containsExactly("deploy");
        assertThat(alert.valuesOf(EntityType.SOURCE_IP)).containsExactly("198.51.100.4");
        assertThat(alert.valuesOf(EntityType.SOURCE_PORT)).containsExactly("40022");
    }

    @Test
    void extractsInvalidUserWithoutPort() {
        Alert alert = intake.parse("May 29 11:31:00 vagrant sshd[30016]: Invalid user oracle from 212.64.151.233", null);

        assertThat(alert.valuesOf(EntityType.USER)).containsExactly("oracle");
        assertThat(alert.valuesOf(EntityType.SOURCE_IP)).containsExactly("212.64.151.233");
    }

    @Test
    void leavesForFromPhrasesOfOtherProgramsAlone() {
        Alert alert = intake.parse("Nov 22 10:15:01 db-01 backup[311]: waiting for data from 10.0.0.9 port 873", null);

        assertThat(alert.entities()).isEmpty();
    }

    @Test
    void readsFileStyleLineWithoutPriorityAndSpacePaddedDay() {
        Alert alert = intake.parse("Feb  4 23:33:37 hostname kernel: DROP IN= OUT=wlan0 SRC=192.168.1.102", null);

        assertThat(alert.source()).isEqualTo("syslog");
        assertThat(alert.eventTime()).isEqualTo(Instant.parse("2026-02-04T23:33:37Z"));
        assertThat(alert.program()).isEqualTo("kernel");
        assertThat(alert.fields()).doesNotContainKey("syslog.pid");
        assertThat(alert.level()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-22T12:00:00Z, Nov 23 11:59:59, 2026-11-23T11:59:59Z",
            "2026-11-22T12:00:00Z, Nov 23 12:00:01, 2025-11-23T12:00:01Z",
            "2027-01-01T00:10:00Z, Dec 31 23:59:58, 2026-12-31T23:59:58Z",
            "2026-12-31T23:50:00Z, Jan  1 00:05:00, 2027-01-01T00:05:00Z"})
    void infersTheYearRfc3164LeavesOut(Instant now, String stamp, Instant expected) {
        Alert alert = TestIntake.intake(now).parse(stamp + " host app: x", null);

        assertThat(alert.eventTime()).isEqualTo(expected);
    }

    @Test
    void readsRfc5424WithStructuredData() {
        String line = "<165>1 2026-11-22T10:15:02.003Z mymachine.example.com evntslog 4411 ID47"
                + " [exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"1011\"]"
                + "[origin ip=\"192.0.2.1\" note=\"a \\\"quoted\\\" \\] value\"] \uFEFFAn application event log entry";

        Alert alert = intake.parse(line, null);

        assertThat(alert.eventTime()).isEqualTo(Instant.parse("2026-11-22T10:15:02.003Z"));
        assertThat(alert.host()).isEqualTo("mymachine.example.com");
        assertThat(alert.program()).isEqualTo("evntslog");
        assertThat(alert.message()).isEqualTo("An application event log entry");
        assertThat(alert.level()).isEqualTo(new SourceLevel("syslog-severity", "notice", Severity.LOW));
        assertThat(alert.fields())
                .containsEntry("syslog.facility", "local4")
                .containsEntry("syslog.pid", "4411")
                .containsEntry("syslog.msgid", "ID47")
                .containsEntry("syslog.sd.exampleSDID@32473.eventID", "1011")
                .containsEntry("syslog.sd.origin.note", "a \"quoted\" ] value");
    }

    @Test
    void readsRfc5424WithNilValuesAndNoStructuredData() {
        Alert alert = intake.parse("<11>1 - - su - - - 'su root' failed for lonvick on /dev/pts/8", null);

        assertThat(alert.eventTime()).isNull();
        assertThat(alert.host()).isNull();
        assertThat(alert.program()).isEqualTo("su");
        assertThat(alert.message()).isEqualTo("'su root' failed for lonvick on /dev/pts/8");
        assertThat(alert.level()).isEqualTo(new SourceLevel("syslog-severity", "err", Severity.HIGH));
    }

    @Test
    void keepsMalformedStructuredDataInTheMessage() {
        Alert alert = intake.parse("<14>1 2026-11-22T10:15:02Z h app - - [broken param=\"x] rest", null);

        assertThat(alert.message()).isEqualTo("[broken param=\"x] rest");
        assertThat(alert.fields()).doesNotContainKey("syslog.sd.broken.param");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<0>Nov 22 10:15:01 h k: x|emerg|CRITICAL",
            "<9>Nov 22 10:15:01 h k: x|alert|CRITICAL",
            "<34>Nov 22 10:15:01 h k: x|crit|CRITICAL",
            "<3>Nov 22 10:15:01 h k: x|err|HIGH",
            "<12>Nov 22 10:15:01 h k: x|warning|MEDIUM",
            "<13>Nov 22 10:15:01 h k: x|notice|LOW",
            "<191>Nov 22 10:15:01 h k: x|debug|LOW"})
    void mapsSyslogSeverities(String line, String name, Severity expected) {
        assertThat(intake.parse(line, null).level()).isEqualTo(new SourceLevel("syslog-severity", name, expected));
    }

    @Test
    void readsRsyslogRfc3339FileFormat() {
        Alert alert = intake.parse("2026-11-22T10:15:02.123456+01:00 web-01 sudo:   alice : TTY=pts/0 ;"
                + " PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/cat /etc/shadow", null);

        assertThat(alert.eventTime()).isEqualTo(Instant.parse("2026-11-22T09:15:02.123456Z"));
        assertThat(alert.host()).isEqualTo("web-01");
        assertThat(alert.program()).isEqualTo("sudo");
        assertThat(alert.message()).startsWith("alice : TTY=pts/0");
    }

    @Test
    void takesLineWithoutPrefixWholeAsRawMessage() {
        String line = "10.0.0.5 - - [1/Apr/2014:00:00:01 -0500] \"GET /db/config.php.bak HTTP/1.1\" 404 4617";

        Alert alert = intake.parse(line, null);

        assertThat(alert.source()).isEqualTo("raw");
        assertThat(alert.message()).isEqualTo(line);
        assertThat(alert.host()).isNull();
        assertThat(alert.eventTime()).isNull();
        assertThat(alert.fields()).isEmpty();
    }

    @Test
    void doesNotTakeNumbersForHosts() {
        Alert alert = intake.parse("2014-06-10T07:55:20Z 2037 TID-tm504 ERROR: connection refused", null);

        assertThat(alert.host()).isNull();
        assertThat(alert.message()).isEqualTo("2037 TID-tm504 ERROR: connection refused");
    }

    @Test
    void doesNotMistakeWebLogDateForSyslog() {
        Alert alert = intake.parse("2015-03-11 21:59:09 1.2.3.4 GET /console/faces/version.jsp - 80 -", null);

        assertThat(alert.source()).isEqualTo("raw");
    }

    @Test
    void readsRawAlertJsonAndStripsOuterWhitespace() {
        Alert alert = intake.parse("{\"raw_alert\": \"  Nov 22 10:15:01 fw01 kernel: [UFW BLOCK] IN=eth0\\n\"}", null);

        assertThat(alert.format()).isEqualTo(SourceFormat.RAW);
        assertThat(alert.host()).isEqualTo("fw01");
        assertThat(alert.message()).isEqualTo("[UFW BLOCK] IN=eth0");
    }

    @Test
    void keepsControlCharactersOtherThanNul() {
        Alert alert = intake.parse("login\u0007 failed\tfor\u001b[31m root", null);

        assertThat(alert.message()).isEqualTo("login\u0007 failed\tfor\u001b[31m root");
    }

    @Test
    void rejectsNulInLineAndInRawAlert() {
        assertThatThrownBy(() -> intake.parse("user=root\u0000 hidden", null))
                .isInstanceOfSatisfying(AlertParseException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("line", "must not contain NUL characters")));
        assertThatThrownBy(() -> intake.parse("{\"raw_alert\":\"a\\u0000b\"}", null))
                .isInstanceOfSatisfying(AlertParseException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("raw_alert", "must not contain NUL characters")));
    }

    @Test
    void requiresNonBlankRawAlertString() {
        assertThatThrownBy(() -> intake.parse("{\"raw_alert\": \"   \"}", null))
                .isInstanceOfSatisfying(AlertParseException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("raw_alert", "must not be blank")));
        assertThatThrownBy(() -> intake.parse("{\"raw_alert\": {\"log\": \"x\"}}", null))
                .isInstanceOfSatisfying(AlertParseException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("raw_alert", "must be a string")));
    }

    @Test
    void parsesJsonLookingTextAsLineWhenAskedTo() {
        Alert alert = intake.parseRawLine("{\"win\":{\"eventdata\":{\"image\":\"cmd.exe\"}}}");

        assertThat(alert.source()).isEqualTo("raw");
        assertThat(alert.message()).isEqualTo("{\"win\":{\"eventdata\":{\"image\":\"cmd.exe\"}}}");
    }
}
