package io.winnow;

import io.winnow.alert.Alert;
import io.winnow.alert.AttackHint;
import io.winnow.alert.Entity;
import io.winnow.alert.EntityType;
import io.winnow.alert.Severity;
import io.winnow.alert.SourceFormat;
import io.winnow.alert.SourceLevel;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Alerts built directly from the records, for tests of the stages after parsing. */
public final class Alerts {
    public static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private Alerts() {
    }

    public static Alert falco(String id, String rule, String message, List<String> techniqueTags,
                              List<Entity> entities) {
        List<AttackHint> hints = techniqueTags.stream()
                .map(t -> new AttackHint(AttackHint.Kind.TECHNIQUE, t, "falco.tags")).toList();
        return new Alert(id, null, SourceFormat.FALCO, "syscall", T0, T0, rule, null,
                new SourceLevel("falco-priority", "Warning", Severity.MEDIUM), "web-01", null, message, entities,
                hints, techniqueTags, Map.of());
    }

    public static Alert shadowRead(String id) {
        return falco(id, "Read sensitive file untrusted",
                "Sensitive file opened for reading (file=/etc/shadow proc.name=cat user=root peer=203.0.113.9)",
                List.of("T1555"), List.of(new Entity(EntityType.FILE, "/etc/shadow", "fd.name"),
                        new Entity(EntityType.PROCESS, "cat", "proc.name"),
                        new Entity(EntityType.DESTINATION_IP, "203.0.113.9", "fd.rip")));
    }

    public static Alert raw(String id, String line) {
        return new Alert(id, null, SourceFormat.RAW, "raw", T0, null, null, null, null, null, null, line, List.of(),
                List.of(), List.of(), Map.of());
    }
}
