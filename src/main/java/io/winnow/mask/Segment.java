package io.winnow.mask;

import io.winnow.alert.EntityType;

/**
 * One piece of an alert's text that detectors look at, with what is known about where it came from: the field name
 * and the entity type, so that context-only detectors (a container ID is just hex without one) can use them.
 */
final class Segment {
    private final String text;
    private final String field;
    private final EntityType entityType;
    private String lower;

    /**
     * @param text       the text, never null
     * @param field      the source field name, for example {@code output_fields.container.id}, or null for the message
     * @param entityType the entity type when the text is an entity's value, otherwise null
     */
    Segment(String text, String field, EntityType entityType) {
        this.text = text;
        this.field = field;
        this.entityType = entityType;
    }

    String text() {
        return text;
    }

    String field() {
        return field;
    }

    EntityType entityType() {
        return entityType;
    }

    /**
     * The text with ASCII letters lower-cased and every other character unchanged, so that offsets stay the same as
     * in {@link #text()} (full Unicode lower-casing can change a string's length).
     */
    String lower() {
        if (lower == null) {
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if (c >= 'A' && c <= 'Z') {
                    chars[i] = (char) (c + ('a' - 'A'));
                }
            }
            lower = new String(chars);
        }
        return lower;
    }
}
