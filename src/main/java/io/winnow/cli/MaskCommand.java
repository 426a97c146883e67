package io.winnow.cli;

import io.winnow.mask.MaskedText;
import io.winnow.triage.Engine;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code winnow mask}: prints each input line masked, one output line per input line, for audits and tests. Each
 * line is masked as raw text with the configured {@code mask.*} settings; JSON lines stay JSON, since tokens hold no
 * quotes. With {@code --counts}, the kinds masked and their counts (never the values) go to standard error.
 */
@Command(name = "mask", mixinStandardHelpOptions = true,
        description = "Print each input line masked as it would be before reaching a model, one line per line.")
final class MaskCommand implements Callable<Integer> {
    private final EngineFactory engines;

    @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "Input file; '-' or nothing reads stdin.")
    String input;

    @Option(names = "--counts", description = "Print the kinds masked and their counts on stderr at the end.")
    boolean counts;

    @Option(names = "--config", description = "Configuration file.")
    Path config;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    MaskCommand(EngineFactory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Integer> total = new TreeMap<>();
        try (Engine engine = engines.open(WinnowCommand.loadConfig(config, Map.of()));
             BufferedReader reader = open()) {
            String line;
            while ((line = reader.readLine()) != null) {
                MaskedText masked = engine.pipeline().maskText(line);
                out.write(masked.text());
                out.write('\n');
                masked.counts().forEach((kind, n) -> total.merge(kind, n, Integer::sum));
            }
        } finally {
            out.flush();
        }
        if (counts) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("masked: " + DryRunText.counts(total));
            err.flush();
        }
        return 0;
    }

    private BufferedReader open() throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        var stream = input == null || "-".equals(input) ? System.in : Files.newInputStream(Path.of(input));
        return new BufferedReader(new InputStreamReader(stream, decoder), 1 << 16);
    }
}
