package io.winnow.config;

import java.util.List;
import java.util.Map;

/** A node of a parsed {@code winnow.yaml}, with the line it starts on (1-based) for messages. */
sealed interface YamlNode {
    int line();

    /** How the node is named in a message: "a mapping", "a list", "text" … */
    String kind();

    /** A mapping, keys in document order. */
    record Mapping(Map<String, YamlNode> entries, int line) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** A list. No key takes one yet; they are parsed so that the message can say what was found. */
    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /**
     * A scalar.
     *
     * @param value the parsed value: a {@link String}, a whole number ({@link Integer}, {@link Long} or
     *              {@link java.math.BigInteger}), a floating-point number, a {@link Boolean}, or null for YAML null
     * @param text  the scalar exactly as written
     */
    record Scalar(Object value, String text, int line) implements YamlNode {
        @Override
        public String kind() {
            return switch (value) {
                case null -> "null";
                case String s -> "text";
                case Boolean b -> "a boolean";
                case Double d -> "a decimal number";
                case Float f -> "a decimal number";
                case java.math.BigDecimal d -> "a decimal number";
                default -> "a whole number";
            };
        }

        boolean isNull() {
            return value == null;
        }
    }
}
