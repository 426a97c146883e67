package io.winnow.alert;

/**
 * Makes IDs for alerts and analyses. Injected, like the {@link java.time.Clock}, so tests can be deterministic.
 * Implementations must be thread-safe and never return the same ID twice.
 */
@FunctionalInterface
public interface IdGenerator {
    String next();
}
