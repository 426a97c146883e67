package io.winnow.config;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One configuration key as documented: what {@code winnow config}, {@code docs/configuration.md} and
 * {@code winnow.example.yaml} show.
 *
 * @param key          the dotted snake_case key, for example {@code server.max_body_bytes}
 * @param type         the kind of value and its allowed range, for example {@code integer 1..65535}
 * @param defaultValue the default as text; empty when the default is empty (never null)
 * @param description  one line of documentation
 */
public record KeyDoc(String key, String type, String defaultValue, String description) {
    private static final String[] SECRET_SUFFIXES = {"api_key", "password", "token", "secret"};

    public KeyDoc {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
    }

    /** The environment variable that overrides this key: {@code a.b_c} becomes {@code WINNOW_A_B_C}. */
    public String environmentVariable() {
        return environmentVariableOf(key);
    }

    /** The {@code *_FILE} variable naming a file that holds the value, present only for secret keys. */
    public Optional<String> fileVariable() {
        return isSecretKey(key) ? Optional.of(environmentVariable() + "_FILE") : Optional.empty();
    }

    /** Whether the key holds a secret: its name ends in {@code api_key}, {@code password}, {@code token} or {@code secret}. */
    public boolean secret() {
        return isSecretKey(key);
    }

    static String environmentVariableOf(String key) {
        return "WINNOW_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    static boolean isSecretKey(String key) {
        for (String suffix : SECRET_SUFFIXES) {
            if (key.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
