package io.winnow.store;

import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.Severity;
import io.winnow.alert.Verdict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * A manual measurement, not a test: stores batches of 50 alerts and then their 50 analyses into a fresh SQLite
 * file and prints alerts per second, from one caller and from several virtual threads. Run it with
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.winnow.store.StoreThroughput [JDBC_URL]}
 * after {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 */
final class StoreThroughput {
    private static final int BATCH = 50;
    private static final int ALERTS = 20_000;

    private StoreThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Files.createTempDirectory("winnow-throughput");
        String url = args.length > 0 ? args[0] : "jdbc:sqlite:" + directory.resolve("winnow.db");
        try (AnalysisStore store = AnalysisStores.open(url, null, null, Clock.systemUTC())) {
            run(store, "warmup", 1, 2_000);
            System.out.printf("one caller:       %,.0f alerts/s%n", run(store, "single", 1, ALERTS));
            System.out.printf("8 virtual threads: %,.0f alerts/s%n", run(store, "vt", 8, ALERTS));
        }
    }

    private static double run(AnalysisStore store, String prefix, int callers, int alerts) throws Exception {
        List<List<Alert>> batches = IntStream.range(0, alerts / BATCH)
                .mapToObj(b -> IntStream.range(0, BATCH)
                        .mapToObj(i -> StoreFixtures.alert(prefix + "-" + b + "-" + i,
                                StoreFixtures.T0.plusMillis(b * BATCH + i), "host-" + (i % 7)))
                        .toList())
                .toList();
        long start = System.nanoTime();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                futures.add(executor.submit(() -> {
                    for (int b = caller; b < batches.size(); b += callers) {
                        store(store, batches.get(b));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        return alerts / ((System.nanoTime() - start) / 1e9);
    }

    private static void store(AnalysisStore store, List<Alert> batch) {
        store.saveAlerts(batch);
        List<Analysis> analyses = batch.stream()
                .map(a -> StoreFixtures.analysis(a, Severity.HIGH, Verdict.TRUE_POSITIVE, "T1555", "T1003.008"))
                .toList();
        store.saveAnalyses(analyses);
    }
}
