package io.winnow.triage;

import java.time.Instant;
import java.util.Objects;

/**
 * How often alerts with one fingerprint have been seen while it stayed in the cache.
 *
 * @param fingerprint the fingerprint ({@link AlertFingerprint#value()})
 * @param dedupCount  alerts seen with it, the first included; at least 1
 * @param firstSeen   when the first of them was analysed
 * @param lastSeen    when the latest of them was analysed
 */
public record DedupRecord(String fingerprint, long dedupCount, Instant firstSeen, Instant lastSeen) {
    public DedupRecord {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    DedupRecord seenAgain(Instant at) {
        return new DedupRecord(fingerprint, dedupCount + 1, firstSeen, at);
    }
}
