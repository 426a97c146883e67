package io.winnow.store;

/** Where a stored alert stands. */
public enum AlertStatus {
    /** Accepted and stored, not analysed yet (or analysis in progress). */
    PENDING,
    /** Analysed; its analysis is stored. */
    ANALYSED,
    /** The last analysis attempt failed; the reason is stored and the alert can be retried. */
    FAILED
}
