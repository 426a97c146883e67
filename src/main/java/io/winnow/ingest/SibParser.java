package io.winnow.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.Alert;
import io.winnow.alert.Severity;
import io.winnow.alert.SourceFormat;
import io.winnow.alert.SourceLevel;

import java.util.Locale;
import java.util.Set;

/**
 * The SIB analyser's {@code POST /api/analyze} body: {@code {rule, output | alert, priority?, hostname?, time?}}.
 * SIB itself sends {@code alert} for the text; {@code output} is the Falco spelling and wins when both are given.
 * {@code store} and {@code dry_run} are request flags for the web layer and are not part of the alert.
 */
final class SibParser implements AlertParser {
    private static final Set<String> NOT_FIELDS =
            Set.of("rule", "output", "alert", "priority", "hostname", "time", "source", "store", "dry_run");

    @Override
    public SourceFormat format() {
        return SourceFormat.SIB;
    }

    @Override
    public boolean recognises(ObjectNode node) {
        return node.has("rule") && (node.has("output") || node.has("alert"));
    }

    @Override
    public Alert parse(ObjectNode node, ParseContext context) {
        FieldReader in = new FieldReader();
        AlertDraft alert = new AlertDraft();
        alert.rule = in.requiredString(node, "", "rule");
        boolean onlyAlert = node.has("alert") && !node.has("output");
        alert.message = in.requiredString(node, "", onlyAlert ? "alert" : "output");
        alert.level = priority(in, node);
        alert.host = in.optionalString(node, "", "hostname");
        alert.eventTime = in.optionalTime(node, "", "time", Timestamps::iso, "must be an ISO 8601 time");
        String source = in.optionalString(node, "", "source");
        alert.source = source == null ? "sib" : source;
        Flattener extras = new Flattener(in, alert.fields);
        node.properties().forEach(e -> {
            if (!NOT_FIELDS.contains(e.getKey())) {
                extras.flatten(e.getValue(), e.getKey(), 2, Set.of());
            }
        });
        in.throwIfAny();
        return alert.build(format(), context);
    }

    /** SIB forwards Falco priorities (plain severity words are accepted too); its Grafana links send "Unknown". */
    private static SourceLevel priority(FieldReader in, ObjectNode node) {
        String priority = in.optionalString(node, "", "priority");
        if (priority == null || priority.strip().toLowerCase(Locale.ROOT).equals("unknown")) {
            return null;
        }
        return Levels.falcoPriority(priority)
                .or(() -> Severity.parse(priority))
                .map(severity -> new SourceLevel("sib-priority", priority, severity))
                .orElseGet(() -> {
                    in.error("priority", "must be a priority name (" + Levels.FALCO_PRIORITIES + ")");
                    return null;
                });
    }
}
