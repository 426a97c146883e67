package io.winnow.analyst.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A per-link circuit breaker. After {@code threshold} consecutive outages (unreachable or timed out) the circuit
 * opens and the link is skipped without a call. After the cool-down one call is let through as a probe: if the
 * provider answers, anything at all, the circuit closes; if not, it opens for another cool-down. Answers that are
 * wrong (invalid output, a refusal) prove the server is up, so they reset the count. Time comes from the injected
 * clock. Thread-safe.
 */
final class CircuitBreaker {
    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;
    private CircuitState state = CircuitState.CLOSED;
    private int outages;
    private Instant openedAt = Instant.MIN;

    CircuitBreaker(int threshold, Duration coolDown, Clock clock) {
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    /** Whether a call may go ahead now; in the open state after the cool-down, exactly one caller gets a yes. */
    synchronized boolean allow() {
        return switch (state) {
            case CLOSED -> true;
            case HALF_OPEN -> false;
            case OPEN -> {
                if (clock.instant().isBefore(openedAt.plus(coolDown))) {
                    yield false;
                }
                state = CircuitState.HALF_OPEN;
                yield true;
            }
        };
    }

    /** The provider answered. */
    synchronized void answered() {
        outages = 0;
        state = CircuitState.CLOSED;
    }

    /** The provider could not be reached or did not answer in time. */
    synchronized void outage() {
        outages++;
        if (state == CircuitState.HALF_OPEN || outages >= threshold) {
            state = CircuitState.OPEN;
            openedAt = clock.instant();
        }
    }

    /** A call that {@link #allow()} let through never reached the provider (no free slot, interrupted). */
    synchronized void abandoned() {
        if (state == CircuitState.HALF_OPEN) {
            state = CircuitState.OPEN;
        }
    }

    synchronized CircuitState state() {
        return state;
    }
}
