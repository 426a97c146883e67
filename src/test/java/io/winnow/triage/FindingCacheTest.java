package io.winnow.triage;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.winnow.Alerts;
import io.winnow.MutableClock;
import io.winnow.alert.Finding;
import io.winnow.analyst.AnalystException;
import io.winnow.mask.MaskedAlert;
import io.winnow.mask.RegexMasker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An alert storm is paid for once: identical alerts within the TTL reuse one finding. */
class FindingCacheTest {
    private final MutableClock clock = new MutableClock(Alerts.T0);
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final FindingCache cache = new FindingCache(Duration.ofHours(1), 1000, f -> true, clock, metrics);
    private final CountingAnalyst model = new CountingAnalyst();

    private static MaskedAlert failedLogin(String id, String ip, int pid, int port) {
        return new RegexMasker().mask(Alerts.raw(id, "sshd[" + pid + "]: Failed password for root from " + ip
                + " port " + port + " ssh2")).alert();
    }

    @Test
    void reusesTheFindingOfAnIdenticalAlertAndCountsIt() {
        // given
        FindingCache.Served first = cache.serve(failedLogin("A1", "203.0.113.50", 811, 40022), model);
        clock.advance(Duration.ofMinutes(10));

        // when
        FindingCache.Served again = cache.serve(failedLogin("A2", "198.51.100.7", 912, 51000), model);

        // then
        assertThat(model.calls).hasValue(1);
        assertThat(first.reused()).isFalse();
        assertThat(again.reused()).isTrue();
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
        DedupRecord seen = cache.dedup(first.fingerprint()).orElseThrow();
        assertThat(seen.dedupCount()).isEqualTo(2);
        assertThat(seen.firstSeen()).isEqualTo(Alerts.T0);
        assertThat(seen.lastSeen()).isEqualTo(Alerts.T0.plus(Duration.ofMinutes(10)));
        assertThat(metrics.get("triage_cache_hits_total").counter().count()).isEqualTo(1);
        assertThat(metrics.get("triage_cache_misses_total").counter().count()).isEqualTo(1);
        assertThat(cache.stats()).isEqualTo(new CacheStats(true, 1, 1, 1));
    }

    @Test
    void marksAReusedFindingAsSuch() {
        // given
        cache.serve(failedLogin("A1", "203.0.113.50", 811, 40022), model);

        // when
        Finding reused = cache.serve(failedLogin("A2", "198.51.100.7", 912, 51000), model).finding();

        // then
        assertThat(reused.modelPath()).containsExactly("cache", "fake:slow");
        assertThat(reused.sentText()).as("nothing left the machine for this alert").isNull();
        assertThat(reused.reasoning()).contains("reused from an identical alert", "seen 2 times");
        assertThat(reused.iocs()).extracting(Finding.IocClaim::value).containsExactly("[EXTERNAL-IP-1]");
    }

    @Test
    void asksAgainOnceTheTtlIsOver() {
        // given
        cache.serve(failedLogin("A1", "203.0.113.50", 811, 40022), model);

        // when
        clock.advance(Duration.ofMinutes(61));
        FindingCache.Served later = cache.serve(failedLogin("A2", "203.0.113.50", 811, 40022), model);

        // then
        assertThat(model.calls).hasValue(2);
        assertThat(later.reused()).isFalse();
    }

    @Test
    void concurrentIdenticalAlertsMakeOneCall() throws Exception {
        // given: a slow model, held until all twenty alerts have arrived
        model.gate = new CountDownLatch(1);
        List<Future<FindingCache.Served>> served = new ArrayList<>();

        // when
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                served.add(pool.submit(() -> cache.serve(failedLogin("A" + n, "203.0.113." + n, 800 + n, 40000 + n),
                        model)));
            }
            String fingerprint = AlertFingerprint.of(failedLogin("X", "203.0.113.1", 1, 1)).value();
            while (cache.dedup(fingerprint).map(DedupRecord::dedupCount).orElse(0L) < 20) {
                Thread.sleep(5);
            }
            model.gate.countDown();
            for (Future<FindingCache.Served> f : served) {
                assertThat(f.get().finding().verdict()).isEqualTo("TRUE_POSITIVE");
            }
        }

        // then
        assertThat(model.calls).hasValue(1);
        assertThat(served.stream().filter(f -> f.resultNow().reused()).count()).isEqualTo(19);
    }

    @Test
    void neverCachesAFailure() {
        // given
        model.failure = new AnalystException(AnalystException.Reason.TIMEOUT, "scripted timeout");
        assertThatThrownBy(() -> cache.serve(failedLogin("A1", "203.0.113.50", 811, 40022), model))
                .isInstanceOf(AnalystException.class);

        // when
        model.failure = null;
        FindingCache.Served next = cache.serve(failedLogin("A2", "203.0.113.50", 811, 40022), model);

        // then
        assertThat(model.calls).hasValue(2);
        assertThat(next.reused()).isFalse();
    }

    @Test
    void alertsWaitingForAFailedCallFailWithItsReason() throws Exception {
        // given
        model.gate = new CountDownLatch(1);
        model.failure = new AnalystException(AnalystException.Reason.UNREACHABLE, "scripted outage");
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<FindingCache.Served> leader = pool.submit(() -> cache.serve(
                    failedLogin("A1", "203.0.113.50", 811, 40022), model));
            Future<FindingCache.Served> follower = pool.submit(() -> cache.serve(
                    failedLogin("A2", "203.0.113.51", 812, 40023), model));
            String fingerprint = AlertFingerprint.of(failedLogin("X", "203.0.113.1", 1, 1)).value();
            while (cache.dedup(fingerprint).map(DedupRecord::dedupCount).orElse(0L) < 2) {
                Thread.sleep(5);
            }

            // when
            model.gate.countDown();

            // then
            assertThat(catchReason(leader)).isEqualTo(AnalystException.Reason.UNREACHABLE);
            assertThat(catchReason(follower)).isEqualTo(AnalystException.Reason.UNREACHABLE);
        }
        assertThat(model.calls).hasValue(1);
        assertThat(cache.stats().entries()).isZero();
    }

    @Test
    void sharesButDoesNotKeepAFindingTheCallerDeemsNotWorthKeeping() {
        // given
        FindingCache picky = new FindingCache(Duration.ofHours(1), 1000, f -> false, clock, metrics);

        // when
        picky.serve(failedLogin("A1", "203.0.113.50", 811, 40022), model);
        picky.serve(failedLogin("A2", "203.0.113.50", 811, 40022), model);

        // then
        assertThat(model.calls).hasValue(2);
        assertThat(picky.dedup(AlertFingerprint.of(failedLogin("X", "203.0.113.1", 1, 1)).value()).orElseThrow()
                .dedupCount()).isEqualTo(2);
    }

    @Test
    void aDisabledCacheAlwaysAsks() {
        // given
        FindingCache off = FindingCache.disabled(metrics);

        // when
        off.serve(failedLogin("A1", "203.0.113.50", 811, 40022), model);
        FindingCache.Served second = off.serve(failedLogin("A2", "203.0.113.50", 811, 40022), model);

        // then
        assertThat(model.calls).hasValue(2);
        assertThat(second.fingerprint()).isNull();
        assertThat(off.stats().enabled()).isFalse();
    }

    private static AnalystException.Reason catchReason(Future<FindingCache.Served> future) throws InterruptedException {
        try {
            future.get();
            throw new AssertionError("expected a failure");
        } catch (java.util.concurrent.ExecutionException e) {
            return ((AnalystException) e.getCause()).reason();
        }
    }
}
