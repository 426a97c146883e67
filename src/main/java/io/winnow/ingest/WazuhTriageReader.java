package io.winnow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.EntityType;

import java.util.Set;

/**
 * The triage schema: {@code {alert_id, timestamp, rule_id, rule_level, rule_description, source_ip,
 * destination_ip, source_port, destination_port, protocol, agent_name, full_log, raw_data}}. Unlike Wazuh's own
 * events this is typed by the sender, so wrong values are errors: levels 0–15, ports 0–65535, IP literals.
 */
final class WazuhTriageReader {
    static final String LEVEL_REASON = "must be an integer between 0 and 15";
    static final String PORT_REASON = "must be a port number between 0 and 65535";
    static final String TIME_REASON = "must be an ISO 8601 time";

    AlertDraft read(ObjectNode node) {
        FieldReader in = new FieldReader();
        AlertDraft alert = new AlertDraft();
        alert.source = "wazuh";
        alert.externalId = in.optionalId(node, "", "alert_id");
        alert.eventTime = in.optionalTime(node, "", "timestamp", Timestamps::iso, TIME_REASON);
        alert.ruleId = in.optionalId(node, "", "rule_id");
        Integer level = in.optionalInteger(node, "", "rule_level", 0, 15, LEVEL_REASON);
        alert.level = level == null ? null : Levels.wazuh(level);
        alert.rule = in.requiredString(node, "", "rule_description");
        alert.host = in.optionalString(node, "", "agent_name");
        String fullLog = in.optionalString(node, "", "full_log");
        alert.message = fullLog != null ? fullLog : alert.rule;
        ip(in, alert, node, "source_ip", EntityType.SOURCE_IP);
        ip(in, alert, node, "destination_ip", EntityType.DESTINATION_IP);
        port(in, alert, node, "source_port", EntityType.SOURCE_PORT);
        port(in, alert, node, "destination_port", EntityType.DESTINATION_PORT);
        alert.entity(EntityType.PROTOCOL, in.optionalString(node, "", "protocol"), "protocol");
        rawData(in, alert, node.get("raw_data"));
        in.throwIfAny();
        return alert;
    }

    private static void ip(FieldReader in, AlertDraft alert, ObjectNode node, String name, EntityType type) {
        String value = in.optionalString(node, "", name);
        if (value == null) {
            return;
        }
        if (!IpLiteral.isValid(value.strip())) {
            in.error(name, "must be an IP address");
            return;
        }
        alert.entity(type, value, name);
    }

    private static void port(FieldReader in, AlertDraft alert, ObjectNode node, String name, EntityType type) {
        Integer port = in.optionalInteger(node, "", name, 0, 65_535, PORT_REASON);
        if (port != null) {
            alert.entity(type, port.toString(), name);
        }
    }

    /** raw_data is whatever the sender had: an object (flattened as raw_data.x) or the original text. */
    private static void rawData(FieldReader in, AlertDraft alert, JsonNode rawData) {
        if (rawData == null || rawData.isNull()) {
            return;
        }
        if (rawData.isObject()) {
            new Flattener(in, alert.fields).flatten(rawData, "raw_data", 2, Set.of());
        } else if (rawData.isTextual()) {
            String text = in.string(rawData, "raw_data");
            if (text != null && !text.isBlank()) {
                alert.fields.put("raw_data", text);
            }
        } else {
            in.error("raw_data", "must be an object or a string");
        }
    }
}
