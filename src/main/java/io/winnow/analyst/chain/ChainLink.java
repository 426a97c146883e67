package io.winnow.analyst.chain;

import io.winnow.analyst.Analyst;

import java.time.Duration;
import java.util.Objects;

/**
 * One model analyst of a chain and how long it may take.
 *
 * @param analyst the model analyst; its {@link Analyst#name()} labels the link in paths, metrics and health
 * @param timeout the longest a call may take (enforced by the chain whatever the provider does); also the longest
 *                the link waits for a free model slot before it is skipped as busy; positive
 */
public record ChainLink(Analyst analyst, Duration timeout) {
    public ChainLink {
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }
}
