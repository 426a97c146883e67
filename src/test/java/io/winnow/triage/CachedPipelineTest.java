package io.winnow.triage;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.winnow.MutableClock;
import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.Ioc;
import io.winnow.attack.AttackCatalog;
import io.winnow.ingest.Intake;
import io.winnow.mask.RegexMasker;
import io.winnow.store.AnalysisStore;
import io.winnow.store.AnalysisStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache holds findings; every alert still gets its own grounded analysis, IDs and indicators. */
class CachedPipelineTest {
    private static final AttackCatalog CATALOG = AttackCatalog.bundled();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final AtomicInteger ids = new AtomicInteger();
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final CountingAnalyst model = new CountingAnalyst();
    private AnalysisStore store;
    private Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        store = AnalysisStores.open("jdbc:sqlite:" + dir.resolve("w.db"), null, null, clock);
        FindingCache cache = new FindingCache(Duration.ofHours(1), 1000, f -> true, clock, metrics);
        pipeline = new Pipeline(new Intake(clock, () -> "AL" + ids.incrementAndGet()), new RegexMasker(), model,
                CATALOG, store, clock, () -> "AN" + ids.incrementAndGet(), 0.7, 4, metrics, cache);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Alert login(String ip, int pid, int port) {
        return pipeline.parseRawLine("Nov 22 10:15:30 bastion sshd[" + pid + "]: Failed password for root from " + ip
                + " port " + port + " ssh2");
    }

    @Test
    void aReusedFindingIsGroundedAgainForItsOwnAlert() {
        // given
        Alert first = login("203.0.113.50", 811, 40022);
        Alert second = login("198.51.100.7", 912, 51000);

        // when
        List<Outcome> outcomes = List.of(pipeline.triage(first, true), pipeline.triage(second, true));

        // then
        Analysis a = ((Outcome.Analysed) outcomes.get(0)).analysis();
        Analysis b = ((Outcome.Analysed) outcomes.get(1)).analysis();
        assertThat(model.calls).hasValue(1);
        assertThat(b.id()).isNotEqualTo(a.id());
        assertThat(b.alertId()).isEqualTo(second.id());
        assertThat(a.iocs()).extracting(Ioc::value).containsExactly("203.0.113.50");
        assertThat(b.iocs()).extracting(Ioc::value).containsExactly("198.51.100.7");
        assertThat(b.summary()).isEqualTo("Brute force against root from 198.51.100.7.");
        assertThat(b.mitigations().immediate()).containsExactly("Block 198.51.100.7");
        assertThat(b.modelPath()).containsExactly("cache", "fake:slow");
        assertThat(b.sentText()).isNull();
        assertThat(a.sentText()).contains("[EXTERNAL-IP-1]").doesNotContain("203.0.113.50");
        assertThat(store.findAnalysisOfAlert(second.id())).isPresent();
    }

    @Test
    void anExplicitRetryAsksTheAnalystAfresh() {
        // given
        Alert first = login("203.0.113.50", 811, 40022);
        pipeline.triage(first, true);

        // when
        pipeline.retry(first.id());

        // then
        assertThat(model.calls).hasValue(2);
    }

    @Test
    void exposesTheDedupCountOfAFingerprint() {
        // given
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(1));
            pipeline.triage(login("203.0.113." + (10 + i), 800 + i, 40000 + i), false);
        }

        // when
        String fingerprint = AlertFingerprint.of(pipeline.dryRun(login("203.0.113.1", 1, 1))).value();

        // then
        DedupRecord seen = pipeline.cache().dedup(fingerprint).orElseThrow();
        assertThat(seen.dedupCount()).isEqualTo(5);
        assertThat(seen.lastSeen()).isEqualTo(Instant.parse("2026-11-22T10:00:05Z"));
        assertThat(pipeline.cache().stats().hits()).isEqualTo(4);
    }
}
