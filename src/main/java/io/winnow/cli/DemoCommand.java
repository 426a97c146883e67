package io.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.winnow.config.WinnowConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code winnow demo}: starts the server on the embedded defaults with a fresh demo store, replays the bundled
 * intrusion story through the HTTP API as a real client would, prints what Winnow made of it and keeps serving.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start Winnow on embedded defaults and replay a demo intrusion through its API.")
final class DemoCommand implements Callable<Integer> {
    private final EngineFactory engines;
    private final ObjectMapper json = new ObjectMapper();

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--exit", description = "Exit after the replay instead of serving until Ctrl-C.")
    boolean exit;

    @Option(names = "--data", defaultValue = "data/demo",
            description = "Where the demo store lives; its winnow.db is replaced (default: ${DEFAULT-VALUE}).")
    Path data;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private java.io.PrintWriter out;

    DemoCommand(EngineFactory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        out = spec.commandLine().getOut();
        resetDemoData();
        // The scenario's CI account is allow-listed, as a team would list its own role accounts: the built-in
        // analyst recognises CI logins by the account name, which masking would otherwise hide.
        WinnowConfig cfg = WinnowCommand.loadConfig(null, Map.of("server.port", Integer.toString(port),
                "server.host", "127.0.0.1", "store.data_dir", data.toString(), "store.url", "",
                "mask.allow", "deploy"));
        try (ServeCommand.Running running = ServeCommand.Running.start(engines, cfg)) {
            String base = "http://127.0.0.1:" + running.port();
            out.printf("winnow %s demo on %s (analyst: %s)%n%n", WinnowCommand.version(), base,
                    running.engine().analystName());
            int failures = replay(base);
            printUrls(base);
            if (exit) {
                return failures == 0 ? 0 : 1;
            }
            out.println("Serving until Ctrl-C.");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
            return 0;
        }
    }

    private int replay(String base) throws IOException, InterruptedException {
        DemoScenario scenario = DemoScenario.bundled();
        HttpClient http = HttpClient.newHttpClient();
        out.printf("%-3s %-44s %-6s %-8s %-19s %-5s %s%n", "#", "step", "format", "severity", "verdict",
                "conf", "techniques");
        int failures = 0;
        int benignCaught = 0;
        int benign = 0;
        Set<String> tactics = new LinkedHashSet<>();
        for (int i = 0; i < scenario.steps().size(); i++) {
            DemoScenario.Step step = scenario.steps().get(i);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/alerts"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(step.event())).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode a = json.readTree(response.body());
            if (response.statusCode() >= 300) {
                failures++;
                out.printf("%-3d %-44s error %d: %s%n", i + 1, clip(step.narration(), 44),
                        response.statusCode(), a.path("detail").asText());
                continue;
            }
            a.path("mitre_techniques").forEach(t -> t.path("tactics").forEach(x -> tactics.add(x.asText())));
            String verdict = a.path("verdict").asText();
            if (step.benign()) {
                benign++;
                benignCaught += verdict.equals("FALSE_POSITIVE") || verdict.equals("BENIGN_POSITIVE") ? 1 : 0;
            }
            out.printf(Locale.ROOT, "%-3d %-44s %-6s %-8s %-19s %.2f  %s%n", i + 1,
                    clip(step.narration(), 44), a.path("format").asText().toLowerCase(Locale.ROOT),
                    a.path("severity").asText(), verdict, a.path("confidence").asDouble(),
                    clip(String.join(",", a.path("mitre_techniques").findValuesAsText("id")), 40));
        }
        out.printf("%n%d events replayed, %d failed. Tactics seen: %d of 14 (%s).%n",
                scenario.steps().size(), failures, tactics.size(), String.join(", ", tactics));
        out.printf("Benign noise recognised as false or benign positive: %d of %d.%n%n", benignCaught, benign);
        return failures;
    }

    private void printUrls(String base) {
        out.println("Open:");
        out.println("  " + base + "/ui   the console: dashboard, coverage matrix, alert log and feedback");
        out.println("  " + base + "/api/analyses?limit=20            newest analyses");
        out.println("  " + base + "/api/analyses?verdict=FALSE_POSITIVE   the noise Winnow set aside");
        out.println("  " + base + "/api/analyses?severity=CRITICAL   what to look at first");
        out.println("  " + base + "/health   " + base + "/metrics   " + base + "/openapi.json");
        out.println();
    }

    /** Only the demo's own database files are removed, never anything else in the directory. */
    private void resetDemoData() throws IOException {
        if (!Files.isDirectory(data)) {
            return;
        }
        try (Stream<Path> files = Files.list(data)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("winnow\\.db(-wal|-shm|-journal)?"))
                    .toList()) {
                Files.delete(p);
            }
        }
    }

    private static String clip(String s, int max) {
        String line = TerminalReport.oneLine(s);
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
