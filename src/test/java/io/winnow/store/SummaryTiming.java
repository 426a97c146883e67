package io.winnow.store;

import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.AnalystVerdict;
import io.winnow.alert.Severity;
import io.winnow.alert.Verdict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A manual measurement, not a test: fills a fresh store with 100,000 analyses (and feedback on 1% of them) and
 * prints the median time of the dashboard's aggregation ({@link AnalysisStore#summarize}) and of one log page. Run
 * it as {@link StoreThroughput} says, optionally with a JDBC URL.
 */
final class SummaryTiming {
    private static final int ANALYSES = 100_000;
    private static final String[] TECHNIQUES = {"T1059.004", "T1555", "T1003.008", "T1078", "T1105", "T1021.004"};

    private SummaryTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Files.createTempDirectory("winnow-summary");
        String url = args.length > 0 ? args[0] : "jdbc:sqlite:" + directory.resolve("winnow.db");
        try (AnalysisStore store = AnalysisStores.open(url, null, null, Clock.systemUTC())) {
            fill(store);
            AnalysisQuery all = AnalysisQuery.latest(50);
            AnalysisQuery host = new AnalysisQuery(null, null, null, null, null, "host-7", 50, 0);
            System.out.printf("summarize, all %,d: %.1f ms%n", ANALYSES, median(() -> store.summarize(all)));
            System.out.printf("summarize, one host: %.1f ms%n", median(() -> store.summarize(host)));
            System.out.printf("log page of 50, all: %.1f ms%n", median(() -> store.search(all)));
        }
    }

    private static void fill(AnalysisStore store) {
        for (int start = 0; start < ANALYSES; start += 1_000) {
            List<Alert> alerts = new ArrayList<>();
            List<Analysis> analyses = new ArrayList<>();
            for (int i = start; i < start + 1_000; i++) {
                Alert alert = StoreFixtures.alert("a" + i, StoreFixtures.T0.plusSeconds(i), "host-" + (i % 50));
                alerts.add(alert);
                analyses.add(StoreFixtures.analysis(alert, Severity.values()[i % 4], Verdict.values()[i % 4],
                        TECHNIQUES[i % TECHNIQUES.length], TECHNIQUES[(i + 1) % TECHNIQUES.length]));
            }
            store.saveAlerts(alerts);
            store.saveAnalyses(analyses);
        }
        for (int i = 0; i < ANALYSES; i += 100) {
            store.saveFeedback("an-a" + i, AnalystVerdict.values()[i % 3], null, null);
        }
    }

    private static double median(Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] millis = new double[11];
        for (int i = 0; i < millis.length; i++) {
            long t0 = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }
}
