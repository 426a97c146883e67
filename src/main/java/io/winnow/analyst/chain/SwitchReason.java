package io.winnow.analyst.chain;

import io.winnow.analyst.AnalystException;

import java.util.Locale;

/** Why the chain left a link for the next one: a label of {@code triage_model_switches_total} and a path entry. */
enum SwitchReason {
    UNREACHABLE, TIMEOUT, INVALID_OUTPUT, RATE_LIMITED, REJECTED, INTERNAL,
    /** The model answered with a confidence below the chain's minimum. */
    LOW_CONFIDENCE,
    /** The link's circuit is open: skipped without a call. */
    CIRCUIT_OPEN,
    /** No model slot came free within the link's timeout: skipped without a call. */
    BUSY;

    static SwitchReason of(AnalystException.Reason reason) {
        return switch (reason) {
            case UNREACHABLE -> UNREACHABLE;
            case TIMEOUT -> TIMEOUT;
            case INVALID_OUTPUT -> INVALID_OUTPUT;
            case RATE_LIMITED -> RATE_LIMITED;
            case REJECTED -> REJECTED;
            case INTERNAL -> INTERNAL;
        };
    }

    /** Whether it says the provider is down, which is what the circuit breaker counts. */
    boolean outage() {
        return this == UNREACHABLE || this == TIMEOUT;
    }

    /** Whether the alert's text went out to the provider before the link failed. */
    boolean textSent() {
        return this != CIRCUIT_OPEN && this != BUSY && this != UNREACHABLE;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
