package io.winnow.triage;

import io.winnow.alert.Alert;
import io.winnow.ingest.Intake;
import io.winnow.mask.RegexMasker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Identical alerts share a fingerprint whatever their timestamps, PIDs, ports, addresses and IDs. */
class AlertFingerprintTest {
    private final AtomicInteger ids = new AtomicInteger();
    private final Intake intake = new Intake(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC),
            () -> "ID" + ids.incrementAndGet());

    private AlertFingerprint fingerprint(String input) {
        Alert alert = intake.parse(input, null);
        return AlertFingerprint.of(new RegexMasker().mask(alert).alert());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UUID                | request 3f2a9c81-0d4e-4b6a-9f1e-2c3d4e5f6a7b denied     | request <uuid> denied
            ISO time            | at 2026-11-22T10:15:30.123Z it failed                   | at <time> it failed
            syslog time         | Nov 22 10:15:30 bastion sshd                            | <time> bastion sshd
            clock time          | job ran 03:00:01 ok                                     | job ran <time> ok
            IPv4                | from 203.0.113.50 to 10.0.0.1                           | from <ip> to <ip>
            IPv6                | from 2001:db8::7 now                                    | from <ip> now
            port word           | from [EXTERNAL-IP-1] port 40022 ssh2                    | from [EXTERNAL-IP-1] port <port> ssh2
            port key            | dport=8443 proto=tcp                                    | dport=<port> proto=tcp
            port field          | source_port: 40022 and report 12345                     | source_port: <port> and report 12345
            host and port       | connect [INTERNAL-IP-1]:5432                            | connect [INTERNAL-IP-1]:<port>
            pid key             | proc.pid: 4242                                          | proc.pid: <pid>
            pid in brackets     | sshd[811]: Failed password                              | sshd[<pid>]: Failed password
            hex hash            | sha256=9f86d081884c7d659a2feaa0c55ad015 seen            | sha256=<hex> seen
            hex literal         | addr 0x7ffd1234 fault                                   | addr <hex> fault
            long number ID      | event 1763805610.4242 stored                            | event <id> stored
            small numbers stay  | uid=0 gid=1000 level 12                                 | uid=0 gid=1000 level 12
            words stay          | deadbeef access denied for root                         | deadbeef access denied for root
            """)
    void replacesChangingValuesByTheirKind(String kind, String text, String normalised) {
        assertThat(AlertFingerprint.normalise(text)).isEqualTo(normalised);
    }

    @Test
    void theSameAlertAgainHasTheSameFingerprint() {
        // given: the same failed login at another time, from another address and port, by another sshd process
        AlertFingerprint first = fingerprint(
                "{\"raw_alert\": \"Nov 22 10:15:30 bastion sshd[811]: Failed password for root from 203.0.113.50 port 40022 ssh2\"}");
        AlertFingerprint again = fingerprint(
                "{\"raw_alert\": \"Nov 22 11:02:07 bastion sshd[9120]: Failed password for root from 198.51.100.23 port 51544 ssh2\"}");

        // then
        assertThat(again).isEqualTo(first);
        assertThat(first.value()).hasSize(32);
        assertThat(first.shortForm()).hasSize(12);
    }

    @Test
    void anotherRuleOrKeptUserIsAnotherAlertButAnotherMaskedHostIsNot() {
        String root = fingerprint(
                "{\"raw_alert\": \"Nov 22 10:15:30 bastion sshd[811]: Failed password for root from 203.0.113.50 port 40022 ssh2\"}").value();
        String admin = fingerprint(
                "{\"raw_alert\": \"Nov 22 10:15:30 bastion sshd[811]: Failed password for admin from 203.0.113.50 port 40022 ssh2\"}").value();
        String otherHost = fingerprint(
                "{\"raw_alert\": \"Nov 22 10:15:30 web-01 sshd[811]: Failed password for root from 203.0.113.50 port 40022 ssh2\"}").value();
        String rule = fingerprint("{\"rule\": \"Read sensitive file untrusted\", \"output\": \"cat /etc/shadow\", \"priority\": \"Warning\"}").value();
        String otherRule = fingerprint("{\"rule\": \"Read sensitive file trusted after startup\", \"output\": \"cat /etc/shadow\", \"priority\": \"Warning\"}").value();

        // root is a system account and stays in clear; admin becomes [USER-1]
        assertThat(root).isNotEqualTo(admin);
        // both hosts become [HOST-1]: the model would see the same text, so one answer serves both
        assertThat(otherHost).isEqualTo(root);
        assertThat(rule).isNotEqualTo(otherRule);
    }

    @Test
    void anInternalAddressIsNotAnExternalOne() {
        // given: the masker keeps the kind of an address in its token
        String external = fingerprint(
                "{\"raw_alert\": \"Nov 22 10:15:30 bastion sshd[811]: Accepted publickey for deploy from 203.0.113.50 port 40022 ssh2\"}").value();
        String internal = fingerprint(
                "{\"raw_alert\": \"Nov 22 10:15:30 bastion sshd[811]: Accepted publickey for deploy from 10.0.4.2 port 40022 ssh2\"}").value();

        assertThat(internal).isNotEqualTo(external);
    }
}
