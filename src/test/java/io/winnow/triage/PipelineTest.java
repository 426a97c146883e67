package io.winnow.triage;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.winnow.alert.Alert;
import io.winnow.alert.Finding;
import io.winnow.analyst.Analyst;
import io.winnow.analyst.AnalystException;
import io.winnow.analyst.builtin.BuiltinAnalyst;
import io.winnow.attack.AttackCatalog;
import io.winnow.ingest.Intake;
import io.winnow.mask.MaskedAlert;
import io.winnow.mask.RegexMasker;
import io.winnow.store.AlertStatus;
import io.winnow.store.AnalysisStore;
import io.winnow.store.AnalysisStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline with real stages and a real SQLite store; only the analyst is swapped where a failure is needed. */
class PipelineTest {
    private static final AttackCatalog CATALOG = AttackCatalog.bundled();
    private static final String SHELL = """
            {"rule":"Terminal shell in container","output":"A shell was spawned in a container (user=root)","priority":"Notice","hostname":"api-1"}""";

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final AtomicInteger ids = new AtomicInteger();
    private AnalysisStore store;

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        store.close();
    }

    private Pipeline pipeline(Analyst analyst) {
        store = AnalysisStores.open("jdbc:sqlite:" + dir.resolve("w.db"), null, null, clock);
        return new Pipeline(new Intake(clock, () -> "ID" + ids.incrementAndGet()), new RegexMasker(), analyst,
                CATALOG, store, clock, () -> "ID" + ids.incrementAndGet(), 0.7, 4, new SimpleMeterRegistry());
    }

    @Test
    void storesTheAlertBeforeItIsAnalysed() {
        List<AlertStatus> seenDuringAnalysis = new ArrayList<>();
        BuiltinAnalyst builtin = new BuiltinAnalyst(CATALOG);
        Pipeline pipeline = pipeline(new Analyst() {
            public String name() {
                return "observer";
            }

            public Finding analyse(MaskedAlert alert) {
                seenDuringAnalysis.add(store.findAlert(alert.alertId()).orElseThrow().status());
                return builtin.analyse(alert);
            }
        });
        Alert alert = pipeline.parse(SHELL, null);

        Outcome outcome = pipeline.triage(alert, true);

        assertThat(seenDuringAnalysis).containsExactly(AlertStatus.PENDING);
        assertThat(outcome).isInstanceOf(Outcome.Analysed.class);
        assertThat(store.findAlert(alert.id()).orElseThrow().status()).isEqualTo(AlertStatus.ANALYSED);
        assertThat(store.findAnalysisOfAlert(alert.id())).isPresent();
    }

    @Test
    void storesAFailedAnalysisWithItsReasonAndRetriesIt() {
        AtomicInteger calls = new AtomicInteger();
        BuiltinAnalyst builtin = new BuiltinAnalyst(CATALOG);
        Pipeline pipeline = pipeline(new Analyst() {
            public String name() {
                return "flaky";
            }

            public Finding analyse(MaskedAlert alert) {
                if (calls.incrementAndGet() == 1) {
                    throw new AnalystException(AnalystException.Reason.UNREACHABLE, "model server unreachable");
                }
                return builtin.analyse(alert);
            }
        });
        Alert alert = pipeline.parse(SHELL, null);

        Outcome first = pipeline.triage(alert, true);
        var stored = store.findAlert(alert.id()).orElseThrow();
        List<Outcome> retried = pipeline.retryStored(10);

        assertThat(first).isInstanceOf(Outcome.Failed.class);
        assertThat(((Outcome.Failed) first).reason()).contains("flaky failed: model server unreachable");
        assertThat(stored.status()).isEqualTo(AlertStatus.FAILED);
        assertThat(stored.failureReason()).contains("model server unreachable");
        assertThat(retried).singleElement().isInstanceOf(Outcome.Analysed.class);
        assertThat(store.findAlert(alert.id()).orElseThrow().status()).isEqualTo(AlertStatus.ANALYSED);
    }

    @Test
    void aCrashingAnalystDoesNotLoseTheAlert() {
        Pipeline pipeline = pipeline(new Analyst() {
            public String name() {
                return "buggy";
            }

            public Finding analyse(MaskedAlert alert) {
                throw new IllegalStateException("bug with secret detail AKIAIOSFODNN7EXAMPLE");
            }
        });
        Alert alert = pipeline.parse(SHELL, null);

        Outcome outcome = pipeline.triage(alert, true);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class,
                f -> assertThat(f.reason()).contains("IllegalStateException").doesNotContain("AKIA"));
        assertThat(store.findAlert(alert.id()).orElseThrow().status()).isEqualTo(AlertStatus.FAILED);
    }

    @Test
    void analysesABatchConcurrentlyAndAnswersInInputOrder() {
        Pipeline pipeline = pipeline(new BuiltinAnalyst(CATALOG));
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            alerts.add(pipeline.parse(SHELL.replace("api-1", "api-" + i), null));
        }

        List<Outcome> outcomes = pipeline.triageAll(alerts, true);

        assertThat(outcomes).extracting(o -> o.alert().host())
                .containsExactlyElementsOf(alerts.stream().map(Alert::host).toList());
        assertThat(store.countByStatus().get(AlertStatus.ANALYSED)).isEqualTo(30);
    }

    @Test
    void storesNothingWhenAskedNotTo() {
        Pipeline pipeline = pipeline(new BuiltinAnalyst(CATALOG));
        Alert alert = pipeline.parse(SHELL, null);

        Outcome outcome = pipeline.triage(alert, false);

        assertThat(outcome).isInstanceOf(Outcome.Analysed.class);
        assertThat(store.findAlert(alert.id())).isEmpty();
    }
}
