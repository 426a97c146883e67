package io.winnow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.Alert;
import io.winnow.alert.SourceFormat;

/**
 * Wazuh alerts in either of their two shapes: Wazuh's own {@code alerts.json} events ({@code rule}, {@code agent}
 * and {@code decoder} objects, see {@link WazuhEventReader}) or the flat triage schema ({@code rule_description},
 * {@code rule_level} …, see {@link WazuhTriageReader}). An object with a {@code rule}/{@code agent} object or a
 * {@code decoder} is an event; anything else, when forced, is read as the triage schema.
 */
final class WazuhParser implements AlertParser {
    private final WazuhEventReader events = new WazuhEventReader();
    private final WazuhTriageReader triage = new WazuhTriageReader();

    @Override
    public SourceFormat format() {
        return SourceFormat.WAZUH;
    }

    @Override
    public boolean recognises(ObjectNode node) {
        return isEvent(node) || node.has("rule_description") || node.has("rule_level");
    }

    @Override
    public Alert parse(ObjectNode node, ParseContext context) {
        AlertDraft alert = isEvent(node) ? events.read(node) : triage.read(node);
        return alert.build(format(), context);
    }

    static boolean isEvent(ObjectNode node) {
        return isObject(node.get("rule")) || isObject(node.get("agent")) || node.has("decoder");
    }

    private static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }
}
