package io.winnow.cli;

import io.winnow.App;
import io.winnow.attack.AttackCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The development data of {@code ../shared/dev-data}, converted by {@link DevDataEvalInputs} and scored by
 * {@code winnow eval}; skipped when that directory is absent. It checks that every converted alert goes through the
 * pipeline, not the figures: those are measured, not asserted.
 */
class DevDataEvalTest {
    private static final Path DEV_DATA = Path.of("..", "shared", "dev-data");

    @TempDir
    Path dir;

    @Test
    void convertsTheDevelopmentDataAndScoresEveryAlertOfIt() throws IOException {
        assumeThat(Files.isRegularFile(DEV_DATA.resolve("wazuh-log-samples.jsonl"))).as("dev-data present").isTrue();
        // given
        Map<String, Integer> files = new DevDataEvalInputs(AttackCatalog.bundled()).convert(DEV_DATA, dir);
        Path config = dir.resolve("winnow.yaml");
        Files.writeString(config, "store:\n  data_dir: " + dir.resolve("data") + "\n");

        for (var file : files.entrySet()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            var cli = WinnowCommand.commandLine(App::open);
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));

            // when
            int exit = cli.execute("eval", "--config", config.toString(), dir.resolve(file.getKey()).toString());

            // then
            assertThat(file.getValue()).as(file.getKey()).isGreaterThan(100);
            assertThat(err.toString()).as(file.getKey()).isEmpty();
            assertThat(exit).as(file.getKey()).isZero();
            assertThat(out.toString()).startsWith("winnow eval: " + file.getValue() + " labelled alerts, 0 without "
                    + "techniques skipped, 0 not analysed");
        }
    }
}
