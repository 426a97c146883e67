package io.winnow.store;

import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.AttackHint;
import io.winnow.alert.Entity;
import io.winnow.alert.EntityType;
import io.winnow.alert.FalsePositive;
import io.winnow.alert.Ioc;
import io.winnow.alert.IocType;
import io.winnow.alert.Mitigations;
import io.winnow.alert.Severity;
import io.winnow.alert.SourceFormat;
import io.winnow.alert.SourceLevel;
import io.winnow.alert.TechniqueRef;
import io.winnow.alert.Verdict;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Alerts and analyses for store tests, built with the records' own constructors and filled in every field. */
final class StoreFixtures {
    /** Sub-millisecond on purpose: bodies must keep what the millisecond columns cannot. */
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00.123456789Z");
    /** Appears in every fixture alert's text; error messages must never repeat it. */
    static final String CONTENT_MARKER = "s3cr3t-Marker-9f2c";

    private StoreFixtures() {
    }

    static Alert alert(String id, Instant receivedAt, String host) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("output_fields.proc.name", "cat");
        fields.put("output_fields.fd.name", "/etc/shadow");
        fields.put("output_fields.user.name", "root");
        fields.put("output_fields.container.id", null);
        return new Alert(id, "ext-" + id, SourceFormat.FALCO, "syscall", receivedAt, receivedAt.minusSeconds(2),
                "Read sensitive file untrusted", null, new SourceLevel("falco-priority", "Warning", Severity.MEDIUM),
                host, null,
                "Sensitive file opened for reading (user=root command=cat /etc/shadow token=" + CONTENT_MARKER + ")",
                List.of(new Entity(EntityType.USER, "root", "user.name"),
                        new Entity(EntityType.FILE, "/etc/shadow", "fd.name"),
                        new Entity(EntityType.COMMAND_LINE, "cat /etc/shadow", "proc.cmdline")),
                List.of(new AttackHint(AttackHint.Kind.TECHNIQUE, "T1555", "falco.tags"),
                        new AttackHint(AttackHint.Kind.TACTIC, "credential-access", "falco.tags")),
                List.of("filesystem", "mitre_credential_access", "T1555"),
                fields);
    }

    /** An alert with a different message, for tests that need text unlike the usual fixture. */
    static Alert alertWithText(String id, Instant receivedAt, String host, String message) {
        Alert a = alert(id, receivedAt, host);
        return new Alert(a.id(), a.externalId(), SourceFormat.RAW, "sshd", a.receivedAt(), null, null, null, null,
                host, "sshd", message, List.of(), List.of(), List.of(), Map.of("raw", message));
    }

    static Analysis analysis(Alert alert, Severity severity, Verdict verdict, String... techniqueIds) {
        return analysis("an-" + alert.id(), alert, severity, verdict, techniqueIds);
    }

    static Analysis analysis(String id, Alert alert, Severity severity, Verdict verdict, String... techniqueIds) {
        List<TechniqueRef> techniques = java.util.Arrays.stream(techniqueIds)
                .map(t -> new TechniqueRef(t, "Technique " + t, List.of("credential-access", "discovery"), "rule"))
                .toList();
        return new Analysis(id, alert.id(), alert.source(), alert.format(), alert.receivedAt(),
                alert.receivedAt().plusMillis(37).plusNanos(4_321), alert.host(), alert.rule(),
                "root read /etc/shadow with cat", "Credential access by reading the shadow file",
                techniques, severity, verdict, 0.8125, verdict == Verdict.NEEDS_INVESTIGATION ? "thin evidence" : null,
                "credential-access",
                new FalsePositive(0.25, List.of("backup jobs", "configuration management")),
                List.of(new Ioc(IocType.FILE_PATH, "/etc/shadow", "file read"),
                        new Ioc(IocType.USERNAME, "root", "acting user")),
                new Mitigations(List.of("isolate the host"), List.of("rotate credentials"), List.of("harden sudo")),
                List.of("check the parent process", "look for exfiltration"),
                "the rule and the file path agree", "builtin", 42L, List.of("dropped T9999: not in catalog"),
                List.of("ollama:llama3 timeout", "builtin"),
                new io.winnow.alert.Consensus(io.winnow.alert.Consensus.Agreement.PARTIAL, List.of("tactic differs")),
                "rule: Read sensitive file untrusted\nmessage: [USER-1] read /etc/shadow");
    }
}
