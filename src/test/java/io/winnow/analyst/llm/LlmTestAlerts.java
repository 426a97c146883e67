package io.winnow.analyst.llm;

import io.winnow.alert.Alert;
import io.winnow.alert.AttackHint;
import io.winnow.alert.Entity;
import io.winnow.alert.EntityType;
import io.winnow.alert.Severity;
import io.winnow.alert.SourceFormat;
import io.winnow.alert.SourceLevel;
import io.winnow.mask.MaskedAlert;
import io.winnow.mask.RegexMasker;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Alerts for LLM tests, masked by the real masker: an LLM analyst can only ever be given a masked alert. */
final class LlmTestAlerts {
    /** Values the masker must hide: none of them may appear in any request. */
    static final List<String> SENSITIVE = List.of("203.0.113.50", "ops@example.com", "AKIAIOSFODNN7EXAMPLE");

    private LlmTestAlerts() {
    }

    /** An SSH password-guessing alert from Wazuh, with an external IP, an e-mail and an AWS key to mask. */
    static MaskedAlert sshBruteForce() {
        return mask(new Alert("alert-0042", "1700000000.123", SourceFormat.WAZUH, "wazuh",
                Instant.parse("2025-11-22T10:15:31Z"), Instant.parse("2025-11-22T10:15:30Z"),
                "sshd: brute force trying to get access to the system", "5712",
                new SourceLevel("wazuh-level", "10", Severity.HIGH), "bastion", "sshd",
                "Nov 22 10:15:30 bastion sshd[811]: Failed password for root from 203.0.113.50 port 40022 ssh2",
                List.of(new Entity(EntityType.SOURCE_IP, "203.0.113.50", "data.srcip"),
                        new Entity(EntityType.USER, "root", "data.dstuser")),
                List.of(new AttackHint(AttackHint.Kind.TECHNIQUE, "T1110", "rule.mitre.id")),
                List.of("syslog", "sshd", "authentication_failures"),
                Map.of("data.contact", "ops@example.com", "data.note", "key AKIAIOSFODNN7EXAMPLE seen in env")));
    }

    /** An alert whose log line tries to close the fence and give orders. */
    static MaskedAlert injection(String message) {
        return mask(new Alert("alert-0666", null, SourceFormat.RAW, "bash", Instant.parse("2025-11-22T10:15:31Z"),
                null, null, null, null, "web-01", "bash", message, List.of(), List.of(), List.of(), Map.of()));
    }

    static MaskedAlert mask(Alert alert) {
        return new RegexMasker().mask(alert).alert();
    }
}
