package io.winnow.mask;

import java.util.Locale;

/**
 * How much the masker looks for. Each level includes the one before it.
 * <ul>
 *   <li>{@link #MINIMAL}: values recognised by their shape alone: secrets, IP and MAC addresses, emails, container
 *       IDs. Nothing is guessed from context.</li>
 *   <li>{@link #STANDARD}: also user names and host names, from typed fields, the common log grammars, paths, and
 *       domain names with a known top-level domain; secrets from random-looking values in secret-like places.</li>
 *   <li>{@link #STRICT}: also domain names with any alphabetic top-level domain that is not a file extension,
 *       the names of public services (github.com, docker.io …) that {@link #STANDARD} keeps, user names after any
 *       "user", and random-looking strings anywhere.</li>
 * </ul>
 */
public enum MaskLevel {
    MINIMAL, STANDARD, STRICT;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this level is at least {@code other}. */
    public boolean atLeast(MaskLevel other) {
        return compareTo(other) >= 0;
    }
}
