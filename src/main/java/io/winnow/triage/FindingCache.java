package io.winnow.triage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.winnow.alert.Finding;
import io.winnow.analyst.Analyst;
import io.winnow.mask.MaskedAlert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * Reuses an analyst's finding for alerts with the same {@link AlertFingerprint} within the time to live, so an
 * alert storm is paid for once. It caches the {@link Finding}, not the grounded analysis: the finding is masked
 * and alert-neutral, and the pipeline grounds it again for each alert, so every reuse gets its own analysis ID, its
 * own indicators checked verbatim against its own text, and mask tokens resolved with its own values.
 * <p>
 * Single flight: while one alert's analysis is in flight, identical alerts wait for it instead of calling the
 * analyst. A failure is never cached: the entry is removed and the waiting alerts fail with the same reason, to be
 * retried. A finding the caller deems not worth keeping (a chain's fallback to the built-in analyst while a model
 * was down) is shared with the alerts already waiting for it, then dropped, so that a passing outage is not
 * remembered for an hour. Counts go to {@code triage_cache_hits_total} and {@code triage_cache_misses_total}. Thread-safe; time
 * comes from the injected clock.
 */
public final class FindingCache {
    private final boolean enabled;
    private final Cache<String, CompletableFuture<Finding>> findings;
    private final Cache<String, DedupRecord> sightings;
    private final Clock clock;
    private final Predicate<Finding> worthKeeping;
    private final Counter hits;
    private final Counter misses;

    /**
     * @param ttl        how long a finding is reused after it was made ({@code cache.ttl})
     * @param maxEntries   the most fingerprints kept ({@code cache.max_entries})
     * @param worthKeeping whether a finding may be reused by later alerts; failures are never kept anyway
     */
    public FindingCache(Duration ttl, long maxEntries, Predicate<Finding> worthKeeping, Clock clock,
                        MeterRegistry metrics) {
        this(true, ttl, maxEntries, worthKeeping, clock, metrics);
    }

    private FindingCache(boolean enabled, Duration ttl, long maxEntries, Predicate<Finding> worthKeeping, Clock clock,
                         MeterRegistry metrics) {
        Ticker ticker = () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
        this.enabled = enabled;
        this.findings = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(ttl).maximumSize(maxEntries).build();
        this.sightings = Caffeine.newBuilder().ticker(ticker).expireAfterAccess(ttl).maximumSize(maxEntries).build();
        this.clock = clock;
        this.worthKeeping = worthKeeping;
        this.hits = Counter.builder("triage_cache_hits_total")
                .description("Alerts whose analysis was reused from an identical alert").register(metrics);
        this.misses = Counter.builder("triage_cache_misses_total")
                .description("Alerts analysed because no identical alert was cached").register(metrics);
    }

    /** A cache that never reuses anything: every alert goes to the analyst. */
    public static FindingCache disabled(MeterRegistry metrics) {
        return new FindingCache(false, Duration.ofSeconds(1), 1, f -> false, Clock.systemUTC(), metrics);
    }

    /**
     * A finding for one alert.
     *
     * @param finding     the analyst's finding, or a reused one marked as such
     * @param fingerprint the alert's fingerprint, or null when the cache is disabled
     * @param reused      whether it came from an identical alert instead of the analyst
     */
    record Served(Finding finding, String fingerprint, boolean reused) {
    }

    /** The finding for this alert: reused when an identical alert was analysed (or is being analysed) lately. */
    Served serve(MaskedAlert alert, Analyst analyst) {
        if (!enabled) {
            return new Served(analyst.analyse(alert), null, false);
        }
        String fingerprint = AlertFingerprint.of(alert).value();
        Instant now = clock.instant();
        DedupRecord seen = sightings.asMap().compute(fingerprint,
                (k, old) -> old == null ? new DedupRecord(k, 1, now, now) : old.seenAgain(now));
        CompletableFuture<Finding> mine = new CompletableFuture<>();
        CompletableFuture<Finding> earlier = findings.asMap().putIfAbsent(fingerprint, mine);
        if (earlier == null) {
            misses.increment();
            return new Served(analyseAndPublish(alert, analyst, fingerprint, mine), fingerprint, false);
        }
        Finding finding = await(earlier);
        hits.increment();
        return new Served(reused(finding, seen), fingerprint, true);
    }

    /** How often alerts with this fingerprint have been seen, while it is remembered. */
    public Optional<DedupRecord> dedup(String fingerprint) {
        return Optional.ofNullable(sightings.getIfPresent(fingerprint));
    }

    public CacheStats stats() {
        return new CacheStats(enabled, findings.estimatedSize(), (long) hits.count(), (long) misses.count());
    }

    private Finding analyseAndPublish(MaskedAlert alert, Analyst analyst, String fingerprint,
                                      CompletableFuture<Finding> mine) {
        try {
            Finding finding = analyst.analyse(alert);
            mine.complete(finding);
            if (!worthKeeping.test(finding)) {
                findings.asMap().remove(fingerprint, mine);
            }
            return finding;
        } catch (RuntimeException | Error e) {
            findings.asMap().remove(fingerprint, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static Finding await(CompletableFuture<Finding> inFlight) {
        try {
            return inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an identical alert's analysis");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new CompletionException(e.getCause());
        }
    }

    /** Nothing was sent for this alert, and the path and reasoning say where the finding came from. */
    private static Finding reused(Finding f, DedupRecord seen) {
        List<String> path = new ArrayList<>();
        path.add("cache");
        path.addAll(f.modelPath());
        String why = f.reasoning() + " This finding was reused from an identical alert (fingerprint "
                + seen.fingerprint().substring(0, 12) + ", seen " + seen.dedupCount() + " times since "
                + seen.firstSeen() + "); timestamps, PIDs, ports, addresses and IDs it quotes may be the first alert's.";
        return new Finding(f.summary(), f.attackVector(), f.techniques(), f.severity(), f.verdict(), f.confidence(),
                f.threatCategory(), f.falsePositive(), f.iocs(), f.mitigations(), f.nextSteps(), why, f.modelUsed(),
                path, f.consensus(), null);
    }
}
