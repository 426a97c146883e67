package io.winnow.analyst.chain;

import java.util.Locale;

/** The state of a link's circuit breaker. */
public enum CircuitState {
    /** Calls go through. */
    CLOSED,
    /** The provider is considered down: calls are skipped at no cost until the cool-down is over. */
    OPEN,
    /** The cool-down is over and one probe call is in flight; its outcome closes or re-opens the circuit. */
    HALF_OPEN;

    /** The lower-case name used in JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
