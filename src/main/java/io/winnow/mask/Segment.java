package io.winnow.mask;

import io.winnow.alert.EntityType;

import java.nio.charset.StandardCharsets;

/**
 * One piece of an alert's text that detectors look at, with what is known about where it came from: the field name
 * and the entity type, so that context-only detectors (a container ID is just hex without one) can use them.
 */
final class Segment {
    private static final byte[] ASCII_LOWER = asciiLower();

    private final String text;
    private final String field;
    private final EntityType entityType;
    private String lower;
    private byte[] lowerBytes;
    private byte[] bytes;

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

    private static byte[] asciiLower() {
        byte[] table = new byte[256];
        for (int b = 0; b < 256; b++) {
            table[b] = (byte) (b >= 'A' && b <= 'Z' ? b | 0x20 : b);
        }
        return table;
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
     * The text with ASCII letters lower-cased, one char for each char of {@link #text()} so that offsets stay the same
     * (full Unicode lower-casing can change a string's length); chars outside Latin-1 read as {@code ?}. For
     * matching ASCII needles only.
     */
    String lower() {
        if (lower == null) {
            lower = new String(lowerBytes(), StandardCharsets.ISO_8859_1);
        }
        return lower;
    }

    /** The text as one byte per char, chars outside Latin-1 as {@code ?}: offsets are those of the text. */
    byte[] bytes() {
        if (bytes == null) {
            bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        }
        return bytes;
    }

    /** {@link #bytes()} with ASCII letters lower-cased. */
    byte[] lowerBytes() {
        if (lowerBytes == null) {
            byte[] source = bytes();
            byte[] out = new byte[source.length];
            for (int i = 0; i < source.length; i++) {
                out[i] = ASCII_LOWER[source[i] & 0xFF];
            }
            lowerBytes = out;
        }
        return lowerBytes;
    }
}
