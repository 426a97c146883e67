package io.winnow.analyst.chain;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link AnalystChain} guards its model links.
 *
 * @param maxConcurrency   the most model calls in flight at once, over all links ({@code llm.max_concurrency});
 *                         the built-in analyst is not limited
 * @param breakerThreshold consecutive unreachable or timed-out calls that open a link's circuit
 * @param breakerCoolDown  how long an open circuit skips its link before one probe call is let through
 * @param probeTimeout     the longest a reachability probe for {@code /health} may take
 */
public record ChainSettings(int maxConcurrency, int breakerThreshold, Duration breakerCoolDown,
                            Duration probeTimeout) {
    /** Defaults besides the concurrency: open after 3 outages in a row, probe again after 30 s. */
    public static ChainSettings withConcurrency(int maxConcurrency) {
        return new ChainSettings(maxConcurrency, 3, Duration.ofSeconds(30), Duration.ofSeconds(2));
    }

    public ChainSettings {
        Objects.requireNonNull(breakerCoolDown, "breakerCoolDown");
        Objects.requireNonNull(probeTimeout, "probeTimeout");
        if (maxConcurrency < 1 || breakerThreshold < 1) {
            throw new IllegalArgumentException("maxConcurrency and breakerThreshold must be at least 1");
        }
    }
}
