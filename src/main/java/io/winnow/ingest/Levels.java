package io.winnow.ingest;

import io.winnow.alert.Severity;
import io.winnow.alert.SourceLevel;

import java.util.Locale;
import java.util.Optional;

/** Maps each source's own severity scale onto Winnow's, keeping the raw value. */
final class Levels {
    static final String FALCO_PRIORITIES =
            "Emergency, Alert, Critical, Error, Warning, Notice, Informational or Debug";

    private static final String[] SYSLOG_SEVERITIES =
            {"emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"};

    private Levels() {
    }

    /** A Falco priority name, case-insensitively; empty for anything else. */
    static Optional<Severity> falcoPriority(String priority) {
        return switch (priority.strip().toLowerCase(Locale.ROOT)) {
            case "emergency", "alert", "critical" -> Optional.of(Severity.CRITICAL);
            case "error" -> Optional.of(Severity.HIGH);
            case "warning" -> Optional.of(Severity.MEDIUM);
            case "notice", "informational", "info", "debug" -> Optional.of(Severity.LOW);
            default -> Optional.empty();
        };
    }

    /** Wazuh rule levels 0–15: 0–3 low, 4–7 medium, 8–11 high, 12–15 critical. */
    static SourceLevel wazuh(int level) {
        Severity severity = level >= 12 ? Severity.CRITICAL
                : level >= 8 ? Severity.HIGH
                : level >= 4 ? Severity.MEDIUM
                : Severity.LOW;
        return new SourceLevel("wazuh-level", Integer.toString(level), severity);
    }

    /** The severity part (0–7) of a syslog PRI, by its RFC 5424 keyword. */
    static SourceLevel syslog(int severityCode) {
        Severity severity = switch (severityCode) {
            case 0, 1, 2 -> Severity.CRITICAL;
            case 3 -> Severity.HIGH;
            case 4 -> Severity.MEDIUM;
            default -> Severity.LOW;
        };
        return new SourceLevel("syslog-severity", SYSLOG_SEVERITIES[severityCode], severity);
    }
}
