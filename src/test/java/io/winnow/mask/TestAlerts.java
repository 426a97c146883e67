package io.winnow.mask;

import io.winnow.alert.Alert;
import io.winnow.alert.AttackHint;
import io.winnow.alert.Entity;
import io.winnow.alert.Severity;
import io.winnow.alert.SourceFormat;
import io.winnow.alert.SourceLevel;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Alerts for masking tests: realistic metadata around the text under test. */
final class TestAlerts {
    static final Instant RECEIVED = Instant.parse("2025-11-20T10:15:30Z");
    static final Instant EVENT = Instant.parse("2025-11-20T10:15:29.123Z");
    static final SourceLevel WARNING = new SourceLevel("falco-priority", "Warning", Severity.MEDIUM);
    static final List<AttackHint> HINTS = List.of(
            new AttackHint(AttackHint.Kind.TECHNIQUE, "T1555", "falco.tags"),
            new AttackHint(AttackHint.Kind.TACTIC, "credential-access", "falco.tags"));
    static final List<String> TAGS = List.of("host", "container", "filesystem", "mitre_credential_access", "T1555");

    private TestAlerts() {
    }

    static Alert message(String message) {
        return falco(message, List.of(), Map.of());
    }

    /** An alert with no host, so that tokens in the message number from 1. */
    static Alert withoutHost(String message) {
        return new Alert("alert-0001", "ext-77", SourceFormat.FALCO, "syscall", RECEIVED, EVENT,
                "Read sensitive file untrusted", "falco-rule-12", WARNING, null, "falco", message, List.of(),
                HINTS, TAGS, Map.of());
    }

    static Alert falco(String message, List<Entity> entities, Map<String, String> fields) {
        return new Alert("alert-0001", "ext-77", SourceFormat.FALCO, "syscall", RECEIVED, EVENT,
                "Read sensitive file untrusted", "falco-rule-12", WARNING, "web-01", "falco", message, entities,
                HINTS, TAGS, fields);
    }
}
