package io.winnow.alert;

import java.util.Objects;

/**
 * An indicator of compromise found in an alert.
 *
 * @param type    what kind of indicator it is
 * @param value   the indicator exactly as it appears in the alert, never blank
 * @param context a few words on where it appeared or why it matters, never null (may be empty)
 */
public record Ioc(IocType type, String value, String context) {
    public Ioc {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(context, "context");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("IOC value must not be blank");
        }
    }
}
