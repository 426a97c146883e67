package io.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.winnow.alert.Alert;
import io.winnow.alert.SourceFormat;
import io.winnow.ingest.AlertParseException;
import io.winnow.triage.Engine;
import io.winnow.triage.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code winnow eval}: runs the configured analyst over labelled alerts through the real pipeline (parse, mask,
 * analyse, ground; nothing stored) and prints technique hit rates, tactic accuracy and a table per tactic (see
 * {@link EvalScore} for how hits are counted). Labels come from a second file, matched line by line, or from the
 * alert lines themselves ({@code {"alert": {…}, "techniques": […]}}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the analyst on labelled alerts: top-1/top-3 technique hits, tactic accuracy, per tactic.")
final class EvalCommand implements Callable<Integer> {
    private static final int CHUNK = 256;

    private final EngineFactory engines;
    private final ObjectMapper json = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "ALERTS.jsonl",
            description = "One alert per line (any supported format); without --labels, {\"alert\": …, \"techniques\": […]} per line.")
    Path alertsFile;

    @Option(names = "--labels", paramLabel = "LABELS.jsonl",
            description = "One label per line, matched to the alerts by line: {\"id\", \"techniques\": […], \"tactics\": […]}.")
    Path labelsFile;

    @Option(names = "--format", defaultValue = "auto",
            description = "Input format of the alerts: auto, falco, wazuh, sib or raw (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--config", description = "Configuration file (the store settings are ignored: nothing is stored).")
    Path config;

    @Option(names = "--misses", description = "Also list every alert whose labelled technique is not in the top 3.")
    boolean misses;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    EvalCommand(EngineFactory engines) {
        this.engines = engines;
    }

    /** One labelled input line: the alert (its JSON, or a raw line) and its label's JSON. */
    private record Case(int line, JsonNode alert, String rawLine, JsonNode label) {
    }

    @Override
    public Integer call() throws IOException {
        SourceFormat forced = "auto".equalsIgnoreCase(format) ? null : SourceFormat.fromWireName(format)
                .orElseThrow(() -> new IllegalArgumentException("--format must be auto, falco, wazuh, sib or raw"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Case> cases;
        try {
            cases = labelsFile == null ? singleFile() : twoFiles();
        } catch (IllegalArgumentException e) {
            err.println("winnow eval: " + e.getMessage());
            return 2;
        }
        Path scratch = Files.createTempDirectory("winnow-eval");
        try (Engine engine = engines.open(WinnowCommand.loadConfig(config,
                Map.of("store.data_dir", scratch.toString(), "store.url", "")))) {
            return evaluate(engine, cases, forced, out, err);
        } finally {
            deleteTree(scratch);
            out.flush();
        }
    }

    private int evaluate(Engine engine, List<Case> cases, SourceFormat forced, PrintWriter out, PrintWriter err) {
        EvalScore score = new EvalScore(engine.catalog());
        List<EvalLabel> labels = new ArrayList<>();
        List<Case> scored = new ArrayList<>();
        for (Case c : cases) {
            try {
                EvalLabel.read(c.label(), engine.catalog()).ifPresent(label -> {
                    labels.add(label);
                    scored.add(c);
                });
            } catch (IllegalArgumentException e) {
                err.println("winnow eval: label for line " + c.line() + ": " + e.getMessage());
                return 2;
            }
        }
        int problems = 0;
        for (int from = 0; from < scored.size(); from += CHUNK) {
            problems += chunk(engine, scored.subList(from, Math.min(scored.size(), from + CHUNK)),
                    labels.subList(from, Math.min(scored.size(), from + CHUNK)), forced, score, err);
        }
        out.printf("winnow eval: %d labelled alerts, %d without techniques skipped, %d not analysed; analyst %s, %s%n%n",
                scored.size(), cases.size() - scored.size(), problems, engine.analystName(), engine.catalog().version());
        score.print(out, misses);
        return problems == 0 ? 0 : 1;
    }

    private int chunk(Engine engine, List<Case> cases, List<EvalLabel> labels, SourceFormat forced, EvalScore score,
                      PrintWriter err) {
        List<Alert> alerts = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int problems = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            try {
                alerts.add(parse(engine, c, forced));
                positions.add(i);
            } catch (AlertParseException e) {
                err.println("line " + c.line() + ": " + e.getMessage());
                score.failed(c.line(), labels.get(i));
                problems++;
            }
        }
        List<Outcome> outcomes = engine.pipeline().triageAll(alerts, false);
        for (int j = 0; j < outcomes.size(); j++) {
            int i = positions.get(j);
            switch (outcomes.get(j)) {
                case Outcome.Analysed a -> score.analysed(cases.get(i).line(), labels.get(i), a.analysis());
                case Outcome.Failed f -> {
                    err.println("line " + cases.get(i).line() + ": analysis failed: " + f.reason());
                    score.failed(cases.get(i).line(), labels.get(i));
                    problems++;
                }
            }
        }
        return problems;
    }

    private static Alert parse(Engine engine, Case c, SourceFormat forced) {
        if (c.rawLine() != null) {
            return forced == SourceFormat.RAW ? engine.pipeline().parseRawLine(c.rawLine())
                    : engine.pipeline().parse(c.rawLine(), forced);
        }
        if (c.alert().isTextual()) {
            return forced == null || forced == SourceFormat.RAW ? engine.pipeline().parseRawLine(c.alert().asText())
                    : engine.pipeline().parse(c.alert().asText(), forced);
        }
        return engine.pipeline().parse(c.alert(), forced);
    }

    private List<Case> singleFile() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (Line l : lines(alertsFile)) {
            JsonNode node = tree(l, alertsFile);
            if (!node.isObject() || !node.hasNonNull("alert")) {
                throw new IllegalArgumentException(alertsFile.getFileName() + " line " + l.number()
                        + ": without --labels each line needs an \"alert\" field next to its labels");
            }
            cases.add(new Case(l.number(), node.get("alert"), null, node));
        }
        return cases;
    }

    private List<Case> twoFiles() throws IOException {
        List<Line> alerts = lines(alertsFile);
        List<Line> labels = lines(labelsFile);
        if (alerts.size() != labels.size()) {
            throw new IllegalArgumentException(alertsFile.getFileName() + " has " + alerts.size() + " alerts but "
                    + labelsFile.getFileName() + " has " + labels.size() + " labels; they are matched line by line");
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            cases.add(new Case(alerts.get(i).number(), null, alerts.get(i).text(), tree(labels.get(i), labelsFile)));
        }
        return cases;
    }

    private record Line(int number, String text) {
    }

    private static List<Line> lines(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isBlank()) {
                lines.add(new Line(i + 1, all.get(i)));
            }
        }
        return lines;
    }

    private JsonNode tree(Line line, Path file) {
        try {
            return json.readTree(line.text());
        } catch (IOException e) {
            throw new IllegalArgumentException(file.getFileName() + " line " + line.number() + ": not valid JSON");
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the scratch directory " + dir, e);
        }
    }
}
