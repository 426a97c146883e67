package io.winnow.analyst.llm;

import java.util.Objects;

/**
 * A provider's API key. It prints as {@code [hidden]} (or {@code [empty]}), so it cannot reach a log or a message by
 * accident; {@link #reveal()} is called only where the key is handed to the HTTP client.
 */
public final class ApiKey {
    private static final ApiKey NONE = new ApiKey("");

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /** Wraps a key; never null, may be empty. Surrounding whitespace (a newline from a file) is dropped. */
    public static ApiKey of(String value) {
        String key = Objects.requireNonNull(value, "value").strip();
        return key.isEmpty() ? NONE : new ApiKey(key);
    }

    public static ApiKey none() {
        return NONE;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** The clear key, for the HTTP client only. */
    String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return isEmpty() ? "[empty]" : "[hidden]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey that && java.security.MessageDigest.isEqual(
                value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                that.value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Deliberately weak: a hash of the key would leak something about it. */
    @Override
    public int hashCode() {
        return Boolean.hashCode(isEmpty());
    }
}
