package io.winnow.mask;

import io.winnow.alert.AttackHint;
import io.winnow.alert.Entity;
import io.winnow.alert.SourceFormat;
import io.winnow.alert.SourceLevel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An alert after masking: the only view of an alert that an {@link io.winnow.analyst.Analyst} receives. Only a
 * {@link Masker} can make one (the constructor is package-private), so unmasked text cannot reach a model by
 * accident. Sensitive values in the host, message, entities and fields are replaced by tokens such as
 * {@code [EXTERNAL-IP-1]} or redactions such as {@code [REDACTED-AWS_ACCESS_KEY]}. Rule, level, hints and tags are
 * kept as given: they describe the detection, not the victim. Nullability is that of {@link io.winnow.alert.Alert}.
 */
public final class MaskedAlert {
    private final String alertId;
    private final SourceFormat format;
    private final String source;
    private final Instant eventTime;
    private final String rule;
    private final String ruleId;
    private final SourceLevel level;
    private final String host;
    private final String program;
    private final String message;
    private final List<Entity> entities;
    private final List<AttackHint> hints;
    private final List<String> tags;
    private final Map<String, String> fields;
    private final AssetSignals assets;

    @SuppressWarnings("checkstyle:ParameterNumber")
    MaskedAlert(String alertId, SourceFormat format, String source, Instant eventTime, String rule, String ruleId,
                SourceLevel level, String host, String program, String message, List<Entity> entities,
                List<AttackHint> hints, List<String> tags, Map<String, String> fields) {
        this.alertId = alertId;
        this.format = format;
        this.source = source;
        this.eventTime = eventTime;
        this.rule = rule;
        this.ruleId = ruleId;
        this.level = level;
        this.host = host;
        this.program = program;
        this.message = message;
        this.entities = List.copyOf(entities);
        this.hints = List.copyOf(hints);
        this.tags = List.copyOf(tags);
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.assets = AssetSignals.NONE;
    }

    private MaskedAlert(MaskedAlert masked, AssetSignals assets) {
        this.alertId = masked.alertId;
        this.format = masked.format;
        this.source = masked.source;
        this.eventTime = masked.eventTime;
        this.rule = masked.rule;
        this.ruleId = masked.ruleId;
        this.level = masked.level;
        this.host = masked.host;
        this.program = masked.program;
        this.message = masked.message;
        this.entities = masked.entities;
        this.hints = masked.hints;
        this.tags = masked.tags;
        this.fields = masked.fields;
        this.assets = java.util.Objects.requireNonNull(assets, "assets");
    }

    /**
     * The same masked alert with the asset signals the pipeline computed on the unmasked alert. They are booleans,
     * so they reveal nothing that masking hid.
     */
    public MaskedAlert withAssets(AssetSignals assets) {
        return new MaskedAlert(this, assets);
    }

    public String alertId() { return alertId; }
    public SourceFormat format() { return format; }
    public String source() { return source; }
    public Instant eventTime() { return eventTime; }
    public String rule() { return rule; }
    public String ruleId() { return ruleId; }
    public SourceLevel level() { return level; }
    public String host() { return host; }
    public String program() { return program; }
    public String message() { return message; }
    public List<Entity> entities() { return entities; }
    public List<AttackHint> hints() { return hints; }
    public List<String> tags() { return tags; }
    public Map<String, String> fields() { return fields; }
    /** Asset signals; {@link AssetSignals#NONE} unless the pipeline set them. */
    public AssetSignals assets() { return assets; }

    /**
     * The masked alert as plain text, one {@code key: value} per line, in a fixed order. This is exactly what would
     * leave the machine for a model, and what {@code analyze --dry-run} prints.
     */
    public String text() {
        List<String> lines = new ArrayList<>();
        line(lines, "source", source);
        line(lines, "format", format.wireName());
        line(lines, "time", eventTime == null ? null : eventTime.toString());
        line(lines, "rule", rule);
        line(lines, "rule_id", ruleId);
        line(lines, "level", level == null ? null : level.raw() + " (" + level.scheme() + ")");
        line(lines, "host", host);
        line(lines, "program", program);
        line(lines, "message", message);
        entities.forEach(e -> line(lines, e.type().wireName(), e.value()));
        hints.forEach(h -> line(lines, "attack_hint", h.value()));
        if (!tags.isEmpty()) {
            line(lines, "tags", String.join(", ", tags));
        }
        fields.forEach((k, v) -> line(lines, k, v));
        return String.join("\n", lines);
    }

    /** All masked text the alert carries, for analysts that search it. */
    public String evidenceText() {
        List<String> parts = new ArrayList<>();
        if (rule != null) {
            parts.add(rule);
        }
        if (host != null) {
            parts.add(host);
        }
        if (program != null) {
            parts.add(program);
        }
        parts.add(message);
        entities.forEach(e -> parts.add(e.value()));
        parts.addAll(fields.values());
        return String.join("\n", parts);
    }

    private static void line(List<String> lines, String key, String value) {
        if (value != null && !value.isEmpty()) {
            lines.add(key + ": " + value.replace("\r", " ").replace("\n", " "));
        }
    }

    @Override
    public String toString() {
        return "MaskedAlert[" + alertId + ", " + format.wireName() + "]";
    }
}
