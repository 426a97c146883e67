package io.winnow.store;

import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.AnalystVerdict;
import io.winnow.alert.Severity;
import io.winnow.alert.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.winnow.store.StoreFixtures.CONTENT_MARKER;
import static io.winnow.store.StoreFixtures.T0;
import static io.winnow.store.StoreFixtures.alert;
import static io.winnow.store.StoreFixtures.alertWithText;
import static io.winnow.store.StoreFixtures.analysis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link AnalysisStore} must do. Each database gets a subclass that hands out fresh, empty databases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AnalysisStoreContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    protected AnalysisStore store;

    /** A JDBC URL of a new, empty database. */
    protected abstract String newDatabaseUrl();

    @BeforeEach
    void openStore() {
        store = AnalysisStores.open(newDatabaseUrl(), null, null, CLOCK);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void storesAcceptedAlertsAsPendingAndReadsThemBackExactly() {
        Alert first = alert("a1", T0, "web-1");
        Alert second = alert("a2", T0.plusSeconds(1), null);

        store.saveAlerts(List.of(first, second));

        assertThat(store.findAlert("a1")).contains(new StoredAlert(first, AlertStatus.PENDING, null, 0, null));
        assertThat(store.findAlert("a2").orElseThrow().alert()).isEqualTo(second);
        assertThat(store.findAlert("missing")).isEmpty();
    }

    @Test
    void storesAnalysesExactlyAndMarksTheirAlertsAnalysed() {
        Alert alert = alert("a1", T0, "web-1");
        Analysis analysis = analysis(alert, Severity.HIGH, Verdict.TRUE_POSITIVE, "T1003.008", "T1555");
        store.saveAlerts(List.of(alert));

        store.saveAnalyses(List.of(analysis));

        assertThat(store.findAnalysis(analysis.id())).contains(analysis);
        assertThat(store.findAnalysisOfAlert("a1")).contains(analysis);
        assertThat(store.findAlert("a1"))
                .contains(new StoredAlert(alert, AlertStatus.ANALYSED, null, 0, analysis.id()));
        assertThat(store.findAnalysis("missing")).isEmpty();
    }

    @Test
    void movesAnAlertFromPendingToFailedToAnalysedOnRetry() {
        Alert alert = alert("a1", T0, "web-1");
        store.saveAlerts(List.of(alert));

        store.saveFailure("a1", "model timed out");
        store.saveFailure("a1", "model returned invalid JSON");

        assertThat(store.findAlert("a1")).contains(
                new StoredAlert(alert, AlertStatus.FAILED, "model returned invalid JSON", 2, null));
        assertThat(store.alertsToRetry(10)).extracting(s -> s.alert().id()).containsExactly("a1");

        Analysis analysis = analysis(alert, Severity.LOW, Verdict.BENIGN_POSITIVE);
        store.saveAnalyses(List.of(analysis));

        assertThat(store.findAlert("a1")).contains(new StoredAlert(alert, AlertStatus.ANALYSED, null, 2, analysis.id()));
        assertThat(store.alertsToRetry(10)).isEmpty();
    }

    @Test
    void cutsFailureReasonsToTwoThousandCharacters() {
        store.saveAlerts(List.of(alert("a1", T0, null)));

        store.saveFailure("a1", "x".repeat(1_999) + "\uD83D\uDE00" + "y".repeat(500));

        String reason = store.findAlert("a1").orElseThrow().failureReason();
        assertThat(reason).hasSize(1_999).isEqualTo("x".repeat(1_999));
    }

    @Test
    void refusesAFailureForAnAlertItNeverStored() {
        assertThatThrownBy(() -> store.saveFailure("nope", "reason"))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).retriable()).isFalse());
    }

    @Test
    void ignoresAlertsThatAreAlreadyStored() {
        Alert original = alert("a1", T0, "web-1");
        store.saveAlerts(List.of(original));
        store.saveAnalyses(List.of(analysis(original, Severity.HIGH, Verdict.TRUE_POSITIVE)));
        Alert resent = alert("a1", T0.plusSeconds(60), "other-host");

        store.saveAlerts(List.of(resent, alert("a2", T0, null), alert("a2", T0, null)));

        StoredAlert stored = store.findAlert("a1").orElseThrow();
        assertThat(stored.alert()).isEqualTo(original);
        assertThat(stored.status()).isEqualTo(AlertStatus.ANALYSED);
        assertThat(store.countByStatus()).containsEntry(AlertStatus.PENDING, 1L).containsEntry(AlertStatus.ANALYSED, 1L);
    }

    @Test
    void replacesTheAnalysisOfAnAlertWhenItIsAnalysedAgain() {
        Alert alert = alert("a1", T0, "web-1");
        store.saveAlerts(List.of(alert));
        store.saveAnalyses(List.of(analysis("old", alert, Severity.LOW, Verdict.FALSE_POSITIVE, "T1555")));
        Analysis newer = analysis("new", alert, Severity.CRITICAL, Verdict.TRUE_POSITIVE, "T1003.008");

        store.saveAnalyses(List.of(newer));

        assertThat(store.findAnalysisOfAlert("a1")).contains(newer);
        assertThat(store.findAnalysis("old")).isEmpty();
        assertThat(store.search(query().technique("T1555").build()).total()).isZero();
        assertThat(store.search(query().technique("T1003.008").build()).items()).containsExactly(newer);
        assertThat(store.findAlert("a1").orElseThrow().analysisId()).isEqualTo("new");
    }

    @Test
    void refusesAnAnalysisOfAnAlertItNeverStoredWithoutRepeatingItsContents() {
        Alert unsaved = alert("ghost", T0, "web-1");

        assertThatThrownBy(() -> store.saveAnalyses(List.of(analysis(unsaved, Severity.HIGH, Verdict.TRUE_POSITIVE))))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> {
                    assertThat(((StoreException) e).retriable()).isFalse();
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain(CONTENT_MARKER, "/etc/shadow");
                    }
                });
        assertThat(store.findAnalysisOfAlert("ghost")).isEmpty();
    }

    @Test
    void filtersByTimeRangeWithTheEndExcluded() {
        saveAnalysed(List.of(alert("a0", T0, "h"), alert("a1", T0.plusSeconds(60), "h"),
                alert("a2", T0.plusSeconds(120), "h")), Severity.LOW, Verdict.BENIGN_POSITIVE);

        Page<Analysis> page = store.search(query().from(T0.plusSeconds(60)).to(T0.plusSeconds(120)).build());

        assertThat(page.items()).extracting(Analysis::alertId).containsExactly("a1");
        assertThat(store.search(query().from(T0.plusSeconds(60)).build()).items())
                .extracting(Analysis::alertId).containsExactly("a2", "a1");
        assertThat(store.search(query().to(T0.plusSeconds(60)).build()).items())
                .extracting(Analysis::alertId).containsExactly("a0");
    }

    @Test
    void filtersBySeverityVerdictHostAndTechnique() {
        Alert a1 = alert("a1", T0, "web-1");
        Alert a2 = alert("a2", T0.plusSeconds(1), "db-1");
        Alert a3 = alert("a3", T0.plusSeconds(2), "web-1");
        store.saveAlerts(List.of(a1, a2, a3));
        store.saveAnalyses(List.of(
                analysis(a1, Severity.HIGH, Verdict.TRUE_POSITIVE, "T1059.004", "T1555"),
                analysis(a2, Severity.LOW, Verdict.FALSE_POSITIVE, "T1059"),
                analysis(a3, Severity.HIGH, Verdict.NEEDS_INVESTIGATION)));

        assertThat(ids(query().severity(Severity.HIGH))).containsExactly("a3", "a1");
        assertThat(ids(query().severity(Severity.CRITICAL))).isEmpty();
        assertThat(ids(query().verdict(Verdict.FALSE_POSITIVE))).containsExactly("a2");
        assertThat(ids(query().host("web-1"))).containsExactly("a3", "a1");
        assertThat(ids(query().technique("T1555"))).containsExactly("a1");
        assertThat(ids(query().technique("T1059"))).containsExactly("a2");
        assertThat(ids(query().technique("T1059.004"))).containsExactly("a1");
        assertThat(ids(query().severity(Severity.HIGH).verdict(Verdict.TRUE_POSITIVE).host("web-1")
                .technique("T1059.004").from(T0).to(T0.plusSeconds(1)))).containsExactly("a1");
    }

    @Test
    void pagesNewestFirstWithTheTotalOfAllMatches() {
        List<Alert> alerts = IntStream.range(0, 7)
                .mapToObj(i -> alert("a" + i, T0.plusSeconds(i / 2), "h")) // pairs share a time: id breaks ties
                .toList();
        saveAnalysed(alerts, Severity.MEDIUM, Verdict.TRUE_POSITIVE);

        Page<Analysis> first = store.search(new AnalysisQuery(null, null, null, null, null, null, 3, 0));
        Page<Analysis> last = store.search(new AnalysisQuery(null, null, null, null, null, null, 3, 6));
        Page<Analysis> beyond = store.search(new AnalysisQuery(null, null, null, null, null, null, 3, 9));

        assertThat(first.items()).extracting(Analysis::alertId).containsExactly("a6", "a5", "a4");
        assertThat(first).extracting(Page::total, Page::limit, Page::offset).containsExactly(7L, 3, 0);
        assertThat(last.items()).extracting(Analysis::alertId).containsExactly("a0");
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
    }

    @Test
    void listsFailedAndPendingAlertsOldestFirst() {
        store.saveAlerts(List.of(alert("new", T0.plusSeconds(30), null), alert("old", T0, null),
                alert("mid", T0.plusSeconds(10), null), alert("done", T0.minusSeconds(10), null)));
        store.saveAnalyses(List.of(analysis(alert("done", T0.minusSeconds(10), null), Severity.LOW, Verdict.FALSE_POSITIVE)));
        store.saveFailure("mid", "boom");

        assertThat(store.alertsToRetry(10)).extracting(s -> s.alert().id(), StoredAlert::status)
                .containsExactly(tuple("old", AlertStatus.PENDING),
                        tuple("mid", AlertStatus.FAILED),
                        tuple("new", AlertStatus.PENDING));
        assertThat(store.alertsToRetry(2)).extracting(s -> s.alert().id()).containsExactly("old", "mid");
    }

    @Test
    void countsEveryStatusIncludingEmptyOnes() {
        assertThat(store.countByStatus()).containsExactlyInAnyOrderEntriesOf(
                Map.of(AlertStatus.PENDING, 0L, AlertStatus.ANALYSED, 0L, AlertStatus.FAILED, 0L));
        Alert a1 = alert("a1", T0, null);
        store.saveAlerts(List.of(a1, alert("a2", T0, null), alert("a3", T0, null)));
        store.saveAnalyses(List.of(analysis(a1, Severity.LOW, Verdict.FALSE_POSITIVE)));
        store.saveFailure("a2", "boom");

        assertThat(store.countByStatus()).containsExactlyInAnyOrderEntriesOf(
                Map.of(AlertStatus.PENDING, 1L, AlertStatus.ANALYSED, 1L, AlertStatus.FAILED, 1L));
    }

    @Test
    void keepsHostileTextExactlyAndStillFiltersByItsHost() {
        String host = "web\u00001";
        Alert hostile = alertWithText("h1", T0, host, "NUL \u0000, lone \uD800 surrogate, emoji \uD83D\uDE00, ü");
        store.saveAlerts(List.of(hostile));
        store.saveAnalyses(List.of(analysis(hostile, Severity.HIGH, Verdict.TRUE_POSITIVE)));
        store.saveFailure("h1", "reason with \u0000 inside");

        assertThat(store.findAlert("h1").orElseThrow().alert()).isEqualTo(hostile);
        assertThat(store.findAlert("h1").orElseThrow().failureReason()).isEqualTo("reason with \uFFFD inside");
        assertThat(ids(query().host(host))).containsExactly("h1");
    }

    @Test
    void losesNothingWhenSixteenVirtualThreadsWriteAtOnce() throws Exception {
        int threads = 16;
        int rounds = 10;
        int batch = 5;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(executor.submit(() -> writeRounds(thread, rounds, batch)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }

        long expected = (long) threads * rounds * batch;
        assertThat(store.countByStatus()).containsEntry(AlertStatus.ANALYSED, expected - threads * rounds)
                .containsEntry(AlertStatus.FAILED, (long) threads * rounds);
        assertThat(store.search(query().build()).total()).isEqualTo(expected - threads * rounds);
    }

    private void writeRounds(int thread, int rounds, int batch) {
        for (int r = 0; r < rounds; r++) {
            String prefix = "t" + thread + "-r" + r + "-";
            Instant start = T0.plusMillis(thread * 1_000L + r * 10L);
            List<Alert> alerts = IntStream.range(0, batch)
                    .mapToObj(i -> alert(prefix + i, start.plusMillis(i), "h" + thread))
                    .toList();
            store.saveAlerts(alerts);
            store.saveAnalyses(alerts.subList(1, batch).stream()
                    .map(a -> analysis(a, Severity.MEDIUM, Verdict.TRUE_POSITIVE, "T1555")).toList());
            store.saveFailure(prefix + 0, "failed in thread " + thread);
        }
    }

    @Test
    void answersHealthChecksUntilClosed() {
        assertThat(store.isHealthy()).isTrue();

        store.close();

        assertThat(store.isHealthy()).isFalse();
    }

    @Test
    void keepsAnalystFeedbackBesideTheAutomaticVerdictAndReplacesOnlyTheAnalystsOwn() {
        Alert alert = alert("a1", T0, "web-1");
        Analysis analysis = analysis(alert, Severity.HIGH, Verdict.TRUE_POSITIVE, "T1555");
        store.saveAlerts(List.of(alert));
        store.saveAnalyses(List.of(analysis));

        Feedback first = store.saveFeedback(analysis.id(), AnalystVerdict.CONFIRMED, "  seen it  ", null).orElseThrow();
        Feedback second = store.saveFeedback(analysis.id(), AnalystVerdict.FALSE_POSITIVE, "backup job <b>",
                "alice").orElseThrow();

        assertThat(first).isEqualTo(new Feedback(analysis.id(), "a1", AnalystVerdict.CONFIRMED,
                Verdict.TRUE_POSITIVE, "seen it", null, CLOCK.instant()));
        assertThat(first.agrees()).isTrue();
        assertThat(second.agrees()).isFalse();
        assertThat(store.findFeedback(analysis.id())).contains(second);
        assertThat(store.findAnalysis(analysis.id())).contains(analysis);
        assertThat(store.saveFeedback("missing", AnalystVerdict.BENIGN, null, null)).isEmpty();
        assertThat(store.findFeedback("missing")).isEmpty();
    }

    @Test
    void cutsLongCommentsAndStoresBlankOnesAsNone() {
        Alert alert = alert("a1", T0, "web-1");
        store.saveAlerts(List.of(alert));
        Analysis analysis = analysis(alert, Severity.LOW, Verdict.BENIGN_POSITIVE);
        store.saveAnalyses(List.of(analysis));

        assertThat(store.saveFeedback(analysis.id(), AnalystVerdict.BENIGN, "   ", null).orElseThrow().comment())
                .isNull();
        assertThat(store.saveFeedback(analysis.id(), AnalystVerdict.BENIGN, "x".repeat(3_000) + "\u0000", null)
                .orElseThrow().comment()).hasSize(Feedback.MAX_COMMENT);
    }

    @Test
    void filtersByTheAnalystsVerdictAndByWhetherAnyoneReviewed() {
        Alert a1 = alert("a1", T0, "h");
        Alert a2 = alert("a2", T0.plusSeconds(1), "h");
        Alert a3 = alert("a3", T0.plusSeconds(2), "h");
        store.saveAlerts(List.of(a1, a2, a3));
        store.saveAnalyses(List.of(analysis(a1, Severity.HIGH, Verdict.TRUE_POSITIVE),
                analysis(a2, Severity.LOW, Verdict.FALSE_POSITIVE), analysis(a3, Severity.LOW, Verdict.TRUE_POSITIVE)));
        store.saveFeedback("an-a1", AnalystVerdict.FALSE_POSITIVE, null, null);
        store.saveFeedback("an-a2", AnalystVerdict.CONFIRMED, null, null);

        assertThat(ids(query().analystVerdict(AnalystVerdict.FALSE_POSITIVE))).containsExactly("a1");
        assertThat(ids(query().analystVerdict(AnalystVerdict.CONFIRMED))).containsExactly("a2");
        assertThat(ids(query().analystVerdict(AnalystVerdict.BENIGN))).isEmpty();
        assertThat(ids(query().reviewed(true))).containsExactly("a2", "a1");
        assertThat(ids(query().reviewed(false))).containsExactly("a3");
        assertThat(ids(query().verdict(Verdict.FALSE_POSITIVE).reviewed(true))).containsExactly("a2");
        assertThat(store.findFeedback(List.of("an-a1", "an-a2", "an-a3", "missing")))
                .containsOnlyKeys("an-a1", "an-a2")
                .hasEntrySatisfying("an-a1", f -> assertThat(f.verdict()).isEqualTo(AnalystVerdict.FALSE_POSITIVE));
        assertThat(store.findFeedback(List.of())).isEmpty();
    }

    @Test
    void feedbackOnAReplacedAnalysisNoLongerMatchesTheAlertsNewAnalysis() {
        Alert alert = alert("a1", T0, "h");
        store.saveAlerts(List.of(alert));
        store.saveAnalyses(List.of(analysis("old", alert, Severity.LOW, Verdict.FALSE_POSITIVE)));
        store.saveFeedback("old", AnalystVerdict.CONFIRMED, "fine", null);

        store.saveAnalyses(List.of(analysis("new", alert, Severity.HIGH, Verdict.TRUE_POSITIVE)));

        assertThat(store.findFeedback("new")).isEmpty();
        assertThat(ids(query().reviewed(false))).containsExactly("a1");
        assertThat(store.summarize(query().build()).reviewed()).isZero();
    }

    @Test
    void summarizesInTheDatabaseWithTheSameFiltersAsTheSearch() {
        Alert a1 = alert("a1", T0, "web-1");
        Alert a2 = alert("a2", T0.plusSeconds(30), "web-1");
        Alert a3 = alert("a3", T0.plusSeconds(3_600), "db-1");
        Alert a4 = alertWithText("a4", T0.plusSeconds(7_200), null, "no rule, no host");
        store.saveAlerts(List.of(a1, a2, a3, a4));
        store.saveAnalyses(List.of(analysis(a1, Severity.HIGH, Verdict.TRUE_POSITIVE, "T1555", "T1003.008"),
                analysis(a2, Severity.HIGH, Verdict.FALSE_POSITIVE, "T1555"),
                analysis(a3, Severity.CRITICAL, Verdict.TRUE_POSITIVE, "T1003.008"),
                analysis(a4, Severity.LOW, Verdict.BENIGN_POSITIVE)));
        store.saveFeedback("an-a1", AnalystVerdict.CONFIRMED, null, null);
        store.saveFeedback("an-a2", AnalystVerdict.CONFIRMED, null, null);
        store.saveFeedback("an-a3", AnalystVerdict.BENIGN, null, null);

        TriageSummary all = store.summarize(query().build());

        assertThat(all.total()).isEqualTo(4);
        assertThat(all.bySeverity()).containsEntry(Severity.HIGH, 2L).containsEntry(Severity.CRITICAL, 1L)
                .containsEntry(Severity.LOW, 1L).containsEntry(Severity.MEDIUM, 0L);
        assertThat(all.byVerdict()).containsEntry(Verdict.TRUE_POSITIVE, 2L).containsEntry(Verdict.FALSE_POSITIVE, 1L)
                .containsEntry(Verdict.NEEDS_INVESTIGATION, 0L);
        assertThat(all.falsePositiveRate()).isEqualTo(0.25);
        assertThat(all.techniques()).containsExactly(new TriageSummary.Count("T1003.008", 2),
                new TriageSummary.Count("T1555", 2));
        assertThat(all.topRules()).containsExactly(new TriageSummary.Count("Read sensitive file untrusted", 3));
        assertThat(all.topHosts()).containsExactly(new TriageSummary.Count("web-1", 2),
                new TriageSummary.Count("db-1", 1));
        assertThat(all.reviewed()).isEqualTo(3);
        assertThat(all.agreed()).isEqualTo(2);
        assertThat(all.byAnalyst()).containsEntry(AnalystVerdict.CONFIRMED, 2L).containsEntry(AnalystVerdict.BENIGN, 1L)
                .containsEntry(AnalystVerdict.FALSE_POSITIVE, 0L);
        assertThat(all.bucketMillis()).isEqualTo(5 * 60_000L);
        assertThat(all.timeline()).extracting(TriageSummary.Bucket::severity, TriageSummary.Bucket::count)
                .containsExactly(tuple(Severity.HIGH, 2L), tuple(Severity.CRITICAL, 1L), tuple(Severity.LOW, 1L));
        assertThat(all.timeline().getFirst().start().toEpochMilli() % all.bucketMillis()).isZero();

        TriageSummary web = store.summarize(query().host("web-1").build());
        assertThat(web.total()).isEqualTo(2);
        assertThat(web.techniques()).extracting(TriageSummary.Count::value).containsExactly("T1555", "T1003.008");
        assertThat(web.agreementRate()).isEqualTo(1.0);
    }

    @Test
    void countsAgreementInTheDatabaseExactlyAsTheFeedbackRecordJudgesIt() {
        List<Alert> alerts = new ArrayList<>();
        List<Analysis> analyses = new ArrayList<>();
        for (Verdict machine : Verdict.values()) {
            Alert alert = alert("a-" + machine, T0, "h");
            alerts.add(alert);
            analyses.add(analysis(alert, Severity.MEDIUM, machine));
        }
        store.saveAlerts(alerts);
        store.saveAnalyses(analyses);

        for (AnalystVerdict said : AnalystVerdict.values()) {
            long expected = 0;
            for (Analysis a : analyses) {
                expected += store.saveFeedback(a.id(), said, null, null).orElseThrow().agrees() ? 1 : 0;
            }
            assertThat(store.summarize(query().build()).agreed()).as(said.name()).isEqualTo(expected);
        }
        assertThat(AnalystVerdict.CONFIRMED.agreesWith(Verdict.NEEDS_INVESTIGATION)).isTrue();
        assertThat(AnalystVerdict.BENIGN.agreesWith(Verdict.BENIGN_POSITIVE)).isTrue();
        assertThat(AnalystVerdict.FALSE_POSITIVE.agreesWith(Verdict.TRUE_POSITIVE)).isFalse();
    }

    @Test
    void summarizesAnEmptyStoreAsZeros() {
        TriageSummary none = store.summarize(query().build());

        assertThat(none.total()).isZero();
        assertThat(none.falsePositiveRate()).isZero();
        assertThat(none.agreementRate()).isZero();
        assertThat(none.timeline()).isEmpty();
        assertThat(none.bySeverity()).hasSize(4).allSatisfy((k, v) -> assertThat(v).isZero());
    }

    private void saveAnalysed(List<Alert> alerts, Severity severity, Verdict verdict) {
        store.saveAlerts(alerts);
        store.saveAnalyses(alerts.stream().map(a -> analysis(a, severity, verdict)).toList());
    }

    private List<String> ids(QueryBuilder query) {
        return store.search(query.build()).items().stream().map(Analysis::alertId).toList();
    }

    private static QueryBuilder query() {
        return new QueryBuilder();
    }
}
