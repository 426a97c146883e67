package io.winnow.alert;

import java.util.Objects;

/**
 * One typed value taken from an alert's structured fields.
 *
 * @param type  what the value is
 * @param value the value exactly as the source gave it, never blank
 * @param field the source field it came from (for example {@code proc.cmdline} or {@code data.srcip}), never null
 */
public record Entity(EntityType type, String value, String field) {
    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(field, "field");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("entity value must not be blank");
        }
    }
}
