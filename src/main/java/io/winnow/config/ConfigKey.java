package io.winnow.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the configuration table.
 *
 * @param name         dotted snake_case key, {@code section.key}
 * @param type         what values it takes
 * @param defaultValue its default, already of the parsed type ({@link String}, {@link Long}, {@link Double}, {@link Boolean},
 *                     {@link java.time.Duration}, a {@code List<String>} or {@link Secret})
 * @param description  one line of documentation
 */
record ConfigKey(String name, ValueType type, Object defaultValue, String description) {

    ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
    }

    List<String> path() {
        return List.of(name.split("\\."));
    }

    boolean secret() {
        return KeyDoc.isSecretKey(name);
    }

    String environmentVariable() {
        return KeyDoc.environmentVariableOf(name);
    }

    Optional<String> fileVariable() {
        return secret() ? Optional.of(environmentVariable() + "_FILE") : Optional.empty();
    }

    KeyDoc doc() {
        String shown = defaultValue instanceof Secret ? "" : type.display(defaultValue);
        return new KeyDoc(name, type.describe(), shown, description);
    }
}
