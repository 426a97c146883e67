package io.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.winnow.alert.Analysis;
import io.winnow.config.WinnowConfig;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code winnow bench --llm}: the analyst chain against a fake Ollama server that answers in a fixed time. Winnow
 * runs as configured for {@code llm.provider: ollama}, so each model call goes through the Ollama provider and its
 * HTTP client to the fake on loopback. The benchmark posts {@code POST /batch} requests over the workload and prints
 * throughput, the number of model calls against alerts, and Winnow's overhead per alert beyond the model's own time.
 * <p>
 * Overhead is, per alert, its processing time (from masking to the finding) less the model time it waited for: its
 * own call, as the fake server timed it, or, for an alert that joined an identical alert's call in flight, the rest
 * of that call. A warm-up of 200 alerts on other hosts comes first.
 */
final class LlmBench {
    /** Alerts posted first, on other hosts, so that class loading and compilation stay out of the figures. */
    private static final int WARM_UP = 200;

    private final EngineFactory engines;
    private final PrintStream out;

    LlmBench(EngineFactory engines, PrintStream out) {
        this.engines = engines;
        this.out = out;
    }

    /**
     * @param overrides configuration for the run (a throw-away store); the {@code llm} keys are set here
     * @param clients   concurrent HTTP clients posting batches
     */
    void run(Map<String, String> overrides, int alerts, double repeats, Duration delay, int clients)
            throws Exception {
        LlmBenchWorkload workload = LlmBenchWorkload.generate(alerts, repeats, 7, "node-");
        try (FakeOllama model = new FakeOllama(delay)) {
            Map<String, String> settings = new HashMap<>(overrides);
            settings.put("llm.provider", "ollama");
            settings.put("llm.base_url", model.url());
            settings.put("llm.model", "llama3.1");
            // The workload's alerts differ by host, and the fake model tells them apart by the host it is sent:
            // host names stay in clear for this run (every other kind is masked as usual).
            settings.put("mask.hosts", "false");
            WinnowConfig cfg = WinnowCommand.loadConfig(null, settings);
            try (Engine engine = engines.open(cfg);
                 WebServer server = new WebServer(engine, cfg.server().maxBodyBytes(),
                         cfg.triage().batchMaxAlerts(), Clock.systemUTC())) {
                int port = server.start("127.0.0.1", 0);
                int size = cfg.triage().batchMaxAlerts();
                post(port, batches(LlmBenchWorkload.generate(WARM_UP, repeats, 11, "warm-").events(), size), clients);
                model.forget();
                double hitsBefore = hits(engine);
                long start = System.nanoTime();
                List<String> analysisIds = post(port, batches(workload.events(), size), clients);
                double seconds = (System.nanoTime() - start) / 1e9;
                double[] overhead = overheads(engine, analysisIds, model);
                Arrays.sort(overhead);
                out.printf(Locale.ROOT, "llm_fake ollama wire format on loopback, answering after %d ms%n",
                        delay.toMillis());
                out.printf(Locale.ROOT, "llm_alerts %d%n", alerts);
                out.printf(Locale.ROOT, "llm_distinct_alerts %d%n", workload.distinct());
                out.printf(Locale.ROOT, "llm_calls %d%n", model.callCount());
                out.printf(Locale.ROOT, "llm_cache_hits %.0f%n", hits(engine) - hitsBefore);
                out.printf(Locale.ROOT, "llm_batch_alerts_per_s %.1f%n", alerts / seconds);
                out.printf(Locale.ROOT, "llm_overhead_p50_ms %.2f%n", percentile(overhead, 0.50));
                out.printf(Locale.ROOT, "llm_overhead_p99_ms %.2f%n", percentile(overhead, 0.99));
                out.printf(Locale.ROOT, "llm_overhead_max_ms %.2f%n", overhead[overhead.length - 1]);
            }
        }
    }

    private static double hits(Engine engine) {
        return engine.metrics().get("triage_cache_hits_total").counter().count();
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
    private static double[] overheads(Engine engine, List<String> analysisIds, FakeOllama model) {
        double[] overhead = new double[analysisIds.size()];
        for (int i = 0; i < analysisIds.size(); i++) {
            Analysis a = engine.store().findAnalysis(analysisIds.get(i)).orElseThrow();
            List<FakeOllama.Call> calls = List.copyOf(model.callsFor(a.host()));
            boolean reused = !a.modelPath().isEmpty() && "cache".equals(a.modelPath().getFirst());
            overhead[i] = reused ? joined(a, calls) : a.processingTimeMs() - ownCall(a, calls).nanos() / 1e6;
        }
        return overhead;
    }

    /** The call that ended last before the alert's analysis did: its own. */
    private static FakeOllama.Call ownCall(Analysis a, List<FakeOllama.Call> calls) {
        return calls.stream().filter(c -> !c.end().isAfter(a.analyzedAt()))
                .max(java.util.Comparator.comparing(FakeOllama.Call::end))
                .orElseThrow(() -> new IllegalStateException("an alert answered by the model has no call"));
    }

    /** An alert that made no call: all its time is overhead, except what it spent waiting for a call in flight. */
    private static double joined(Analysis a, List<FakeOllama.Call> calls) {
        Instant started = a.analyzedAt().minusMillis(a.processingTimeMs());
        Instant waitedUntil = calls.stream().map(FakeOllama.Call::end)
                .filter(end -> end.isAfter(started) && !end.isAfter(a.analyzedAt()))
                .max(Instant::compareTo).orElse(started);
        return Duration.between(waitedUntil, a.analyzedAt()).toNanos() / 1e6;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }
}
