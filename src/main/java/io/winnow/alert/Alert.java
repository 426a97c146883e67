package io.winnow.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One security alert in Winnow's own shape, whatever format it arrived in.
 *
 * @param id         Winnow's ID for the alert, assigned at intake, never null
 * @param externalId the source's own ID (Wazuh {@code id} or {@code alert_id}), or null
 * @param format     the input format it was parsed from
 * @param source     the product or log source: {@code falco}, {@code wazuh}, {@code syslog}, a Falco {@code source}
 *                   such as {@code syscall} or {@code k8s_audit}, or the program name of a raw line; never null
 * @param receivedAt when Winnow accepted it, never null
 * @param eventTime  when the event happened according to the source, or null
 * @param rule       the rule name or description that fired, or null for raw text
 * @param ruleId     the rule's ID (Wazuh {@code rule.id}), or null
 * @param level      the source's own severity, or null when it gave none
 * @param host       the host the event is about (Falco {@code hostname}, Wazuh agent name, syslog host), or null
 * @param program    the program that logged it (syslog {@code APP-NAME} or tag), or null
 * @param message    the main text of the alert (Falco {@code output}, Wazuh {@code full_log}, the raw line), never null
 * @param entities   typed values from the structured fields
 * @param hints      ATT&CK references attached by the source
 * @param tags       the source's tags or groups, as given
 * @param fields     every other scalar field, flattened with dotted names ({@code output_fields.proc.name},
 *                   {@code data.srcip}), in source order
 */
public record Alert(
        String id,
        String externalId,
        SourceFormat format,
        String source,
        Instant receivedAt,
        Instant eventTime,
        String rule,
        String ruleId,
        SourceLevel level,
        String host,
        String program,
        String message,
        List<Entity> entities,
        List<AttackHint> hints,
        List<String> tags,
        Map<String, String> fields) {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(message, "message");
        entities = List.copyOf(entities);
        hints = List.copyOf(hints);
        tags = List.copyOf(tags);
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * Every piece of text the alert carries, one per line: rule, host, program, message, entity and field values.
     * An indicator of compromise is genuine only if it occurs verbatim in here.
     */
    public String evidenceText() {
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, rule);
        addIfPresent(parts, host);
        addIfPresent(parts, program);
        parts.add(message);
        entities.forEach(e -> parts.add(e.value()));
        parts.addAll(fields.values());
        return String.join("\n", parts);
    }

    /** The values of all entities of one type, in order, without duplicates. */
    public List<String> valuesOf(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::value).distinct().toList();
    }

    private static void addIfPresent(List<String> parts, String value) {
        if (value != null) {
            parts.add(value);
        }
    }
}
