package io.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.winnow.alert.Analysis;
import io.winnow.alert.FalsePositive;
import io.winnow.alert.Finding;
import io.winnow.alert.Mitigations;
import io.winnow.analyst.Analyst;
import io.winnow.analyst.Reachability;
import io.winnow.analyst.chain.ChainLink;
import io.winnow.config.WinnowConfig;
import io.winnow.mask.MaskedAlert;
import io.winnow.triage.Engine;
import io.winnow.web.WebServer;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code winnow bench --llm}: the analyst chain against a fake model that answers in a fixed time. It posts
 * {@code POST /batch} requests over the workload and prints throughput, the number of model calls against alerts,
 * and Winnow's overhead per alert beyond the model's own time.
 * <p>
 * The fake is an in-process {@link Analyst} that sleeps, not a server speaking a provider's wire protocol, so the
 * providers' HTTP clients are not part of the figures. Overhead is, per alert, its processing time (from masking to
 * the grounded analysis) less the model time it waited for: its own call, or, for an alert that joined an identical
 * alert's call in flight, the rest of that call. A warm-up of 200 alerts on other hosts comes first.
 */
final class LlmBench {
    /** Alerts posted first, on other hosts, so that class loading and compilation stay out of the figures. */
    private static final int WARM_UP = 200;

    /** The model stand-in: sleeps, answers, and notes when each call ended. */
    static final class SleepingModel implements Analyst, Reachability {
        record Call(long nanos, Instant end) {
        }

        private final Duration delay;
        final Map<String, Call> calls = new ConcurrentHashMap<>();

        SleepingModel(Duration delay) {
            this.delay = delay;
        }

        @Override
        public String name() {
            return "fake:sleeping";
        }

        @Override
        public Finding analyse(MaskedAlert alert) {
            long start = System.nanoTime();
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Finding finding = new Finding("A benchmark answer.", "None.", List.of(new Finding.Claim("T1059.004", "llm")),
                    "MEDIUM", "TRUE_POSITIVE", 0.8, "execution", new FalsePositive(0.2, List.of()), List.of(),
                    new Mitigations(List.of("Look"), List.of(), List.of()), List.of(), "Benchmark.", name());
            calls.put(alert.alertId(), new Call(System.nanoTime() - start, Instant.now()));
            return finding;
        }

        @Override
        public Probe probe() {
            return new Probe(State.UP, "in-process fake");
        }
    }

    private final EngineFactory engines;
    private final PrintStream out;

    LlmBench(EngineFactory engines, PrintStream out) {
        this.engines = engines;
        this.out = out;
    }

    void run(WinnowConfig cfg, int alerts, double repeats, Duration delay, int clients) throws Exception {
        LlmBenchWorkload workload = LlmBenchWorkload.generate(alerts, repeats, 7, "node-");
        SleepingModel model = new SleepingModel(delay);
        try (Engine engine = engines.open(cfg, List.of(new ChainLink(model, Duration.ofSeconds(5))));
             WebServer server = new WebServer(engine, cfg.server().maxBodyBytes(), cfg.triage().batchMaxAlerts(),
                     Clock.systemUTC())) {
            int port = server.start("127.0.0.1", 0);
            int size = cfg.triage().batchMaxAlerts();
            post(port, batches(LlmBenchWorkload.generate(WARM_UP, repeats, 11, "warm-").events(), size), clients);
            model.calls.clear();
            double hitsBefore = engine.metrics().get("triage_cache_hits_total").counter().count();
            long start = System.nanoTime();
            List<String> analysisIds = post(port, batches(workload.events(), size), clients);
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] overhead = overheads(engine, workload, analysisIds, model);
            Arrays.sort(overhead);
            out.printf(Locale.ROOT, "llm_fake in-process analyst sleeping %d ms per call (no wire protocol)%n",
                    delay.toMillis());
            out.printf(Locale.ROOT, "llm_alerts %d%n", alerts);
            out.printf(Locale.ROOT, "llm_distinct_alerts %d%n", workload.distinct());
            out.printf(Locale.ROOT, "llm_calls %d%n", model.calls.size());
            out.printf(Locale.ROOT, "llm_cache_hits %.0f%n", engine.metrics().get("triage_cache_hits_total")
                    .counter().count() - hitsBefore);
            out.printf(Locale.ROOT, "llm_batch_alerts_per_s %.1f%n", alerts / seconds);
            out.printf(Locale.ROOT, "llm_overhead_p50_ms %.2f%n", percentile(overhead, 0.50));
            out.printf(Locale.ROOT, "llm_overhead_p99_ms %.2f%n", percentile(overhead, 0.99));
            out.printf(Locale.ROOT, "llm_overhead_max_ms %.2f%n", overhead[overhead.length - 1]);
        }
    }

    private static List<List<String>> batches(List<String> events, int size) {
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < events.size(); i += size) {
            batches.add(events.subList(i, Math.min(events.size(), i + size)));
        }
        return batches;
    }

    /** Posts every batch, {@code clients} at a time; the analysis IDs in workload order. */
    private static List<String> post(int port, List<List<String>> batches, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper json = new ObjectMapper();
        List<Future<List<String>>> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (List<String> batch : batches) {
                String body = "{\"alerts\": [" + String.join(",", batch) + "]}";
                replies.add(pool.submit(() -> {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/batch"))
                            .header("Content-Type", "application/json").timeout(Duration.ofMinutes(10))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("benchmark batch failed with HTTP " + r.statusCode());
                    }
                    List<String> ids = new ArrayList<>();
                    for (JsonNode result : json.readTree(r.body()).get("results")) {
                        ids.add(result.get("analysis_id").asText());
                    }
                    return ids;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> reply : replies) {
                all.addAll(reply.get());
            }
            return all;
        }
    }

    /** Per alert: processing time less the model time it waited for, in milliseconds. */
    private static double[] overheads(Engine engine, LlmBenchWorkload workload, List<String> analysisIds,
                                      SleepingModel model) {
        List<Analysis> analyses = analysisIds.stream()
                .map(id -> engine.store().findAnalysis(id).orElseThrow()).toList();
        Map<Integer, List<SleepingModel.Call>> callsByTemplate = new HashMap<>();
        for (int i = 0; i < analyses.size(); i++) {
            SleepingModel.Call call = model.calls.get(analyses.get(i).alertId());
            if (call != null) {
                callsByTemplate.computeIfAbsent(workload.template().get(i), t -> new ArrayList<>()).add(call);
            }
        }
        double[] overhead = new double[analyses.size()];
        for (int i = 0; i < analyses.size(); i++) {
            Analysis a = analyses.get(i);
            SleepingModel.Call own = model.calls.get(a.alertId());
            overhead[i] = own != null ? Math.max(0, a.processingTimeMs() - own.nanos() / 1e6)
                    : joined(a, callsByTemplate.getOrDefault(workload.template().get(i), List.of()));
        }
        return overhead;
    }

    /** An alert that made no call: all its time is overhead, except what it spent waiting for a call in flight. */
    private static double joined(Analysis a, List<SleepingModel.Call> calls) {
        Instant started = a.analyzedAt().minusMillis(a.processingTimeMs());
        Instant waitedUntil = calls.stream().map(SleepingModel.Call::end)
                .filter(end -> end.isAfter(started) && !end.isAfter(a.analyzedAt()))
                .max(Instant::compareTo).orElse(started);
        return Duration.between(waitedUntil, a.analyzedAt()).toNanos() / 1e6;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }
}
