package io.winnow.ingest;

import io.winnow.alert.Alert;
import io.winnow.alert.AttackHint;
import io.winnow.alert.Entity;
import io.winnow.alert.EntityType;
import io.winnow.alert.SourceFormat;
import io.winnow.alert.SourceLevel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The alert a parser is assembling. Lives only for one parse and never leaves the package: parsers fill it in
 * field by field, then {@link #build} turns it into the immutable {@link Alert}.
 */
final class AlertDraft {
    String externalId;
    String source;
    Instant eventTime;
    String rule;
    String ruleId;
    SourceLevel level;
    String host;
    String program;
    String message;
    final List<String> tags = new ArrayList<>();
    final Map<String, String> fields = new LinkedHashMap<>();

    private final List<Entity> entities = new ArrayList<>();
    private final Set<String> entityKeys = new HashSet<>();
    private final List<AttackHint> hints = new ArrayList<>();

    /**
     * Adds a typed entity if the value is a plausible one of its type (see {@link EntityValues}); the same
     * type and value twice is kept once.
     */
    void entity(EntityType type, String value, String field) {
        String cleaned = EntityValues.clean(type, value);
        if (cleaned != null && entityKeys.add(type.name() + '\u0000' + cleaned)) {
            entities.add(new Entity(type, cleaned, field));
        }
    }

    void hint(AttackHint.Kind kind, String value, String origin) {
        AttackHint hint = new AttackHint(kind, value, origin);
        if (!hints.contains(hint)) {
            hints.add(hint);
        }
    }

    /** Technique IDs and tactic names mixed in one list, as Falco tags are; anything else is ignored. */
    void hintsFromTags(List<String> values, String origin) {
        for (String value : values) {
            AttackTags.technique(value).ifPresent(id -> hint(AttackHint.Kind.TECHNIQUE, id, origin));
            AttackTags.falcoTactic(value).ifPresent(tactic -> hint(AttackHint.Kind.TACTIC, tactic, origin));
        }
    }

    Alert build(SourceFormat format, ParseContext context) {
        return new Alert(context.ids().next(), externalId, format, source, context.receivedAt(), eventTime, rule,
                ruleId, level, host, program, message, entities, hints, tags, fields);
    }
}
