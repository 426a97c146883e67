package io.winnow.analyst;

import java.util.Objects;

/**
 * An analyst could not produce a finding. {@link #reason()} says why, in a closed set that chains use to decide
 * whether to fall back and that metrics use as a label; {@link #retriable()} tells whether trying the same analyst
 * again later may help. Messages never contain alert text or secrets.
 */
public final class AnalystException extends RuntimeException {
    /** Why an analyst failed. */
    public enum Reason {
        /** The model server could not be reached, or the circuit breaker is open. */
        UNREACHABLE,
        /** The model did not answer in time. */
        TIMEOUT,
        /** The answer could not be parsed or validated, even after one repair attempt. */
        INVALID_OUTPUT,
        /** The provider refused for now (HTTP 429). */
        RATE_LIMITED,
        /** Authentication or request errors that retrying will not fix. */
        REJECTED,
        /** Anything else. */
        INTERNAL
    }

    private final Reason reason;

    public AnalystException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public AnalystException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** Whether a later attempt may succeed: everything but {@link Reason#REJECTED}. */
    public boolean retriable() {
        return reason != Reason.REJECTED;
    }
}
