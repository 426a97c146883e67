package io.winnow.config;

/** A value given for a key by one source, not yet parsed, with where it came from for messages. */
sealed interface Setting {
    /** Where the value came from, for example {@code from WINNOW_SERVER_PORT}. */
    String origin();

    ValueType.Parsed parse(ValueType type);

    /** A value from the YAML file, typed as YAML typed it. */
    record FromYaml(YamlNode node, String origin) implements Setting {
        @Override
        public ValueType.Parsed parse(ValueType type) {
            return type.fromYaml(node);
        }
    }

    /** A value given as text: an environment variable, a secret file or a command-line override. */
    record FromText(String text, String origin) implements Setting {
        @Override
        public ValueType.Parsed parse(ValueType type) {
            return type.fromText(text);
        }
    }
}
