package io.winnow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.AttackHint;

import java.util.Map;
import java.util.Set;

/**
 * Wazuh's own {@code alerts.json} events (as the manager writes them and the indexer stores them). Every scalar
 * except those with their own place in the alert is kept in fields by its dotted path ({@code data.srcip},
 * {@code data.win.eventdata.image}, {@code manager.name}); {@link WazuhEntities} then picks the typed ones.
 */
final class WazuhEventReader {
    /** Kept as alert properties, tags or hints rather than as fields. */
    private static final Set<String> OWN_PLACE = Set.of(
            "timestamp", "@timestamp", "full_log", "id", "agent.name",
            "rule.description", "rule.id", "rule.level", "rule.groups", "rule.mitre.id", "rule.mitre.tactic");

    AlertDraft read(ObjectNode node) {
        FieldReader in = new FieldReader();
        AlertDraft alert = new AlertDraft();
        alert.source = "wazuh";
        alert.externalId = in.optionalId(node, "", "id");
        String timeField = node.has("timestamp") ? "timestamp" : "@timestamp";
        alert.eventTime = in.optionalTime(node, "", timeField, Timestamps::iso, WazuhTriageReader.TIME_REASON);
        readRule(in, alert, node);
        ObjectNode agent = in.optionalObject(node, "", "agent");
        alert.host = agent == null ? null : in.optionalString(agent, "agent", "name");
        alert.program = program(in, node);
        String fullLog = in.optionalString(node, "", "full_log");
        alert.message = fullLog != null ? fullLog : alert.rule;
        in.optionalObject(node, "", "data");
        Flattener flattener = new Flattener(in, alert.fields);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            flattener.flatten(field.getValue(), field.getKey(), 2, OWN_PLACE);
        }
        WazuhEntities.addTo(alert);
        in.throwIfAny();
        return alert;
    }

    private static void readRule(FieldReader in, AlertDraft alert, ObjectNode node) {
        ObjectNode rule = in.optionalObject(node, "", "rule");
        if (rule == null) {
            if (!node.hasNonNull("rule")) {
                in.error("rule", "required");
            }
            return;
        }
        alert.rule = in.requiredString(rule, "rule", "description");
        alert.ruleId = in.optionalId(rule, "rule", "id");
        Integer level = in.optionalInteger(rule, "rule", "level", 0, 15, WazuhTriageReader.LEVEL_REASON);
        alert.level = level == null ? null : Levels.wazuh(level);
        alert.tags.addAll(in.stringList(rule, "rule", "groups"));
        ObjectNode mitre = in.optionalObject(rule, "rule", "mitre");
        if (mitre != null) {
            for (String id : in.stringList(mitre, "rule.mitre", "id")) {
                AttackTags.technique(id)
                        .ifPresent(t -> alert.hint(AttackHint.Kind.TECHNIQUE, t, "rule.mitre.id"));
            }
            for (String tactic : in.stringList(mitre, "rule.mitre", "tactic")) {
                AttackTags.tacticName(tactic)
                        .ifPresent(t -> alert.hint(AttackHint.Kind.TACTIC, t, "rule.mitre.tactic"));
            }
            in.stringList(mitre, "rule.mitre", "technique");
        }
    }

    /** The program as Wazuh's pre-decoder saw it in the log line, else the decoder that claimed it. */
    private static String program(FieldReader in, ObjectNode node) {
        ObjectNode predecoder = in.optionalObject(node, "", "predecoder");
        ObjectNode decoder = in.optionalObject(node, "", "decoder");
        String programName = predecoder == null ? null : in.optionalString(predecoder, "predecoder", "program_name");
        if (predecoder != null) {
            in.optionalString(predecoder, "predecoder", "hostname");
        }
        String decoderName = decoder == null ? null : in.optionalString(decoder, "decoder", "name");
        return programName != null ? programName : decoderName;
    }
}
