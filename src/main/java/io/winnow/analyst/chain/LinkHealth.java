package io.winnow.analyst.chain;

import io.winnow.analyst.Reachability;

import java.util.Locale;
import java.util.Objects;

/**
 * What {@code /health} says about one model link of a chain.
 *
 * @param role     {@code primary}, {@code fallback}, then {@code fallback-2} …
 * @param name     the analyst's name, for example {@code ollama:llama3}
 * @param provider the provider part of the name ({@code ollama}), for {@code ollama_connected}-style fields
 * @param state    whether the provider can be reached: its own probe, or DOWN while the circuit is open and the
 *                 probe cannot tell
 * @param circuit  the circuit breaker's state
 * @param detail   a few words for operators, never a secret; may be empty
 */
public record LinkHealth(String role, String name, String provider, Reachability.State state, CircuitState circuit,
                         String detail) {
    public LinkHealth {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(circuit, "circuit");
        detail = detail == null ? "" : detail;
    }

    /** {@code true} when reachable, {@code false} when not, null when nobody knows. */
    public Boolean connected() {
        return switch (state) {
            case UP -> Boolean.TRUE;
            case DOWN -> Boolean.FALSE;
            case UNKNOWN -> null;
        };
    }

    /** The provider part of an analyst name: {@code ollama:llama3} → {@code ollama}. */
    static String providerOf(String name) {
        int colon = name.indexOf(':');
        return (colon < 0 ? name : name.substring(0, colon)).toLowerCase(Locale.ROOT);
    }
}
