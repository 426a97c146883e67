package io.winnow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.winnow.alert.Alert;
import io.winnow.alert.CanonicalJson;
import io.winnow.alert.SourceFormat;
import io.winnow.ingest.AlertParseException;
import io.winnow.mask.MaskPreview;
import io.winnow.triage.Engine;
import io.winnow.triage.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code winnow analyze}: triages alerts from a file or standard input, one per line. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse alerts, one per line (JSON in any supported format, or raw text).")
final class AnalyzeCommand implements Callable<Integer> {
    private static final int CHUNK = 256;

    private final EngineFactory engines;
    private final ObjectMapper json = CanonicalJson.newMapper();

    @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "Input file; '-' or nothing reads stdin.")
    String input;

    @Option(names = "--json", description = "Print one canonical analysis JSON per line, in input order.")
    boolean asJson;

    @Option(names = "--format", defaultValue = "auto",
            description = "Input format: auto, falco, wazuh, sib or raw (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--dry-run", description = "Print exactly what would be sent to an LLM and the kinds masked with "
            + "their counts (never the values), and send nothing.")
    boolean dryRun;

    @Option(names = "--store", description = "Also store alerts and analyses in the configured store.")
    boolean store;

    @Option(names = "--config", description = "Configuration file.")
    Path config;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    AnalyzeCommand(EngineFactory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws IOException {
        SourceFormat forced = "auto".equalsIgnoreCase(format) ? null : SourceFormat.fromWireName(format)
                .orElseThrow(() -> new IllegalArgumentException(
                        "--format must be auto, falco, wazuh, sib or raw, not '" + format + "'"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean clean = true;
        try (Engine engine = engines.open(WinnowCommand.loadConfig(config, Map.of()));
             BufferedReader reader = open()) {
            List<Alert> chunk = new ArrayList<>(CHUNK);
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    chunk.add(forced == SourceFormat.RAW ? engine.pipeline().parseRawLine(line)
                            : engine.pipeline().parse(line, forced));
                } catch (AlertParseException e) {
                    err.println("line " + lineNo + ": " + e.getMessage());
                    clean = false;
                }
                if (chunk.size() == CHUNK) {
                    clean &= emit(engine, chunk, out, err);
                    chunk.clear();
                }
            }
            clean &= emit(engine, chunk, out, err);
        } finally {
            out.flush();
        }
        return clean ? 0 : 1;
    }

    private boolean emit(Engine engine, List<Alert> alerts, PrintWriter out, PrintWriter err) throws IOException {
        if (dryRun) {
            for (Alert a : alerts) {
                MaskPreview preview = engine.pipeline().dryRun(a, null);
                out.println("--- would send for alert " + a.id() + " ---");
                out.println(preview.alert().text());
                out.println("--- masked: " + DryRunText.counts(preview.masked()) + " ---");
            }
            return true;
        }
        boolean clean = true;
        for (Outcome outcome : engine.pipeline().triageAll(alerts, store)) {
            switch (outcome) {
                case Outcome.Analysed a when asJson -> out.println(json.writeValueAsString(a.analysis()));
                case Outcome.Analysed a -> TerminalReport.print(a.analysis(), out);
                case Outcome.Failed f -> {
                    err.println("alert " + f.alert().id() + ": analysis failed: " + f.reason());
                    clean = false;
                }
            }
        }
        return clean;
    }

    private BufferedReader open() throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        var stream = input == null || "-".equals(input) ? System.in : Files.newInputStream(Path.of(input));
        return new BufferedReader(new InputStreamReader(stream, decoder));
    }
}
