package io.winnow.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A configuration value that must never be printed: a password, token or API key. {@link #toString()} prints
 * {@code [hidden]} (or {@code [empty]} when no value was given), so a secret cannot reach a log by accident; only
 * {@link #reveal()} gives the value, at the one place that needs it. Equality is checked in constant time.
 */
public final class Secret {
    private static final Secret EMPTY = new Secret("");

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps a value; never null, may be empty. */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        return value.isEmpty() ? EMPTY : new Secret(value);
    }

    /** The secret that was not set. */
    public static Secret empty() {
        return EMPTY;
    }

    /** The clear value. Call it only where the value is handed to the system that needs it. */
    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return isEmpty() ? "[empty]" : "[hidden]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
    }

    /** Deliberately weak: a hash of the value would leak something about it. */
    @Override
    public int hashCode() {
        return Boolean.hashCode(isEmpty());
    }
}
