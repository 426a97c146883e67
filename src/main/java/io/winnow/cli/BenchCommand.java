package io.winnow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.winnow.alert.Alert;
import io.winnow.analyst.builtin.BuiltinAnalyst;
import io.winnow.analyst.builtin.PatternLibrary;
import io.winnow.analyst.builtin.SimilarityRanker;
import io.winnow.analyst.builtin.similarity.SimilarityMode;
import io.winnow.analyst.builtin.similarity.SimilarityRankers;
import io.winnow.attack.AttackCatalog;
import io.winnow.config.WinnowConfig;
import io.winnow.mask.MaskedAlert;
import io.winnow.triage.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code winnow bench}: measures the figures the README promises, one {@code name value} per line. Uses the demo
 * events as the workload and a throw-away store in a temporary directory.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure throughput and latency.")
final class BenchCommand implements Callable<Integer> {
    private final EngineFactory engines;

    @Option(names = "--alerts", defaultValue = "40000", description = "Alerts for the in-process run.")
    int inProcessAlerts;

    @Option(names = "--batches", defaultValue = "400", description = "HTTP batches of 50 alerts.")
    int batches;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent HTTP clients for the batch run.")
    int clients;

    @Option(names = "--singles", defaultValue = "2000", description = "Sequential single-alert HTTP requests.")
    int singles;

    @Option(names = "--rankings", defaultValue = "200000", description = "Lexical similarity rankings.")
    int rankings;

    @Option(names = "--llm", description = "Measure the analyst chain against a fake Ollama server instead (see docs/benchmarks.md).")
    boolean llm;

    @Option(names = "--llm-alerts", defaultValue = "1000", description = "Alerts posted in the LLM run.")
    int llmAlerts;

    @Option(names = "--llm-repeats", defaultValue = "0.3", description = "Share of the LLM run's alerts that repeat another.")
    double llmRepeats;

    @Option(names = "--llm-delay-ms", defaultValue = "1000", description = "How long the fake model takes per call.")
    long llmDelayMs;

    @Option(names = "--mask-mb", defaultValue = "50", description = "Megabytes of log text for the masking run.")
    int maskMegabytes;

    BenchCommand(EngineFactory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("winnow-bench");
        Map<String, String> overrides = Map.of("store.data_dir", dir.toString(), "store.url", "",
                "server.host", "127.0.0.1", "server.port", "0");
        if (llm) {
            new LlmBench(engines, System.out).run(overrides, llmAlerts, llmRepeats,
                    java.time.Duration.ofMillis(llmDelayMs), clients);
            return 0;
        }
        WinnowConfig cfg = WinnowCommand.loadConfig(null, overrides);
        List<String> events = DemoScenario.bundled().steps().stream().map(DemoScenario.Step::event).toList();
        try (ServeCommand.Running running = ServeCommand.Running.start(engines, cfg)) {
            System.out.printf(Locale.ROOT, "builtin_inprocess_alerts_per_s %.0f%n", inProcess(running.engine(), events));
            System.out.printf(Locale.ROOT, "mask_mb_per_s %.1f%n", maskThroughput(running.engine(), events));
            System.out.printf(Locale.ROOT, "builtin_single_thread_alerts_per_s %.0f%n",
                    singleThread(running.engine(), events));
            String base = "http://127.0.0.1:" + running.port();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            System.out.printf(Locale.ROOT, "http_batch_alerts_per_s %.0f%n", httpBatches(http, base, events));
            System.out.printf(Locale.ROOT, "http_single_p99_ms %.2f%n", httpSingleP99(http, base, events));
            System.out.printf(Locale.ROOT, "similarity_rankings_per_s %.0f%n", similarity(running.engine(), events));
        }
        return 0;
    }

    /**
     * Parse, mask, analyse and ground, without storing, after a warm-up long enough for the JIT to compile the
     * knowledge base's matching paths (with a short one the figure measures the compiler, not Winnow).
     */
    private double inProcess(Engine engine, List<String> events) {
        int warmup = Math.min(20_000, inProcessAlerts);
        run(engine, events, warmup);
        long start = System.nanoTime();
        run(engine, events, inProcessAlerts);
        return inProcessAlerts / seconds(start);
    }

    /**
     * The built-in analyst's pattern path on one thread: masked demo alerts analysed one after another, after a
     * warm-up. Parsing, masking and grounding are left out; they are measured with the in-process figure.
     */
    private double singleThread(Engine engine, List<String> events) {
        AttackCatalog catalog = engine.catalog();
        BuiltinAnalyst analyst = new BuiltinAnalyst(catalog, SimilarityRanker.none(), PatternLibrary.bundled(catalog));
        List<MaskedAlert> masked = events.stream()
                .map(e -> engine.pipeline().dryRun(engine.pipeline().parse(e, null))).toList();
        int warmup = Math.min(5_000, inProcessAlerts);
        for (int i = 0; i < warmup; i++) {
            analyst.analyse(masked.get(i % masked.size()));
        }
        long start = System.nanoTime();
        for (int i = 0; i < inProcessAlerts; i++) {
            analyst.analyse(masked.get(i % masked.size()));
        }
        return inProcessAlerts / seconds(start);
    }

    /** The lexical similarity ranker, single-threaded, on the masked rule and message of each demo event. */
    private double similarity(Engine engine, List<String> events) {
        SimilarityRanker ranker = SimilarityRankers.create(engine.catalog(), SimilarityMode.LEXICAL, null);
        List<String> texts = new ArrayList<>();
        for (String event : events) {
            MaskedAlert masked = engine.pipeline().dryRun(engine.pipeline().parse(event, null));
            texts.add(masked.rule() == null ? masked.message() : masked.rule() + "\n" + masked.message());
        }
        int ranked = 0;
        for (int i = 0; i < Math.min(20_000, rankings); i++) {
            ranked += ranker.rank(texts.get(i % texts.size()), 3).size();
        }
        long start = System.nanoTime();
        for (int i = 0; i < rankings; i++) {
            ranked += ranker.rank(texts.get(i % texts.size()), 3).size();
        }
        double perSecond = rankings / seconds(start);
        if (ranked == 0) {
            throw new IllegalStateException("the similarity ranker ranked nothing for the demo events");
        }
        return perSecond;
    }

    /**
     * Masking alone, single-threaded: MB (10^6 bytes of UTF-8) of log text masked per second of the masking
     * thread's CPU time, so the figure is per core. The text is the demo events as JSON lines and their raw log
     * lines (Falco output, Wazuh full_log, syslog), masked as {@code winnow mask} masks lines.
     */
    private double maskThroughput(Engine engine, List<String> events) throws IOException {
        List<String> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String event : events) {
            lines.add(event);
            var node = json.readTree(event);
            for (String field : List.of("output", "full_log", "raw_alert")) {
                if (node.path(field).isTextual()) {
                    lines.add(node.path(field).asText());
                }
            }
        }
        long bytes = 0;
        for (String line : lines) {
            bytes += line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int rounds = (int) Math.max(1, maskMegabytes * 1_000_000L / bytes);
        maskRounds(engine, lines, Math.max(1, rounds / 2));
        long start = threads.getCurrentThreadCpuTime();
        maskRounds(engine, lines, rounds);
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        return rounds * bytes / 1e6 / seconds;
    }

    private static void maskRounds(Engine engine, List<String> lines, int rounds) {
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (String line : lines) {
                sink += engine.pipeline().maskText(line).text().length();
            }
        }
        if (sink < 0) {
            throw new IllegalStateException("unreachable");
        }
    }

    private static void run(Engine engine, List<String> events, int count) {
        List<Alert> chunk = new ArrayList<>(256);
        for (int i = 0; i < count; i++) {
            chunk.add(engine.pipeline().parse(events.get(i % events.size()), null));
            if (chunk.size() == 256 || i == count - 1) {
                engine.pipeline().triageAll(chunk, false);
                chunk.clear();
            }
        }
    }

    private double httpBatches(HttpClient http, String base, List<String> events) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        for (int b = 0; b < events.size(); b++) {
            List<Object> alerts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                alerts.add(json.readTree(events.get((b + i) % events.size())));
            }
            bodies.add(json.writeValueAsString(Map.of("alerts", alerts)));
        }
        for (int i = 0; i < 20; i++) {
            post(http, base + "/batch", bodies.get(i % bodies.size()));
        }
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    for (int b = client; b < batches; b += clients) {
                        post(http, base + "/batch", bodies.get(b % bodies.size()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        return batches * 50.0 / seconds(start);
    }

    private double httpSingleP99(HttpClient http, String base, List<String> events) throws Exception {
        for (int i = 0; i < 200; i++) {
            post(http, base + "/api/alerts", events.get(i % events.size()));
        }
        double[] millis = new double[singles];
        for (int i = 0; i < singles; i++) {
            long start = System.nanoTime();
            post(http, base + "/api/alerts", events.get(i % events.size()));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[(int) Math.ceil(singles * 0.99) - 1];
    }

    private static void post(HttpClient http, String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException("benchmark request failed with HTTP " + r.statusCode());
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
