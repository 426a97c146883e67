package io.winnow.cli;

import io.winnow.App;
import io.winnow.attack.AttackCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code winnow eval}, run through picocli as the launcher runs it, on the labelled sample shipped in the repo. */
class EvalCommandTest {
    private static final Path SAMPLE_ALERTS = Path.of("eval", "sample-alerts.jsonl");
    private static final Path SAMPLE_LABELS = Path.of("eval", "sample-labels.jsonl");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path config;

    @TempDir
    Path dir;

    @BeforeEach
    void writeConfig() throws IOException {
        config = dir.resolve("winnow.yaml");
        Files.writeString(config, "store:\n  data_dir: " + dir.resolve("data") + "\n");
    }

    @Test
    void scoresTheShippedSampleWithRatesAndATableForEveryTactic() throws IOException {
        // when
        int exit = run("eval", "--config", config.toString(), SAMPLE_ALERTS.toString(),
                "--labels", SAMPLE_LABELS.toString());

        // then
        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        long alerts = Files.readAllLines(SAMPLE_ALERTS).stream().filter(l -> !l.isBlank()).count();
        assertThat(alerts).isBetween(60L, 100L);
        assertThat(lines.getFirst()).startsWith("winnow eval: " + alerts + " labelled alerts")
                .contains("0 not analysed").contains("analyst builtin");
        for (String figure : List.of("technique top-1", "technique top-3", "exact top-1", "exact top-3",
                "tactic first", "no technique")) {
            assertThat(lines).anySatisfy(l -> assertThat(l).matches(figure + " +\\d+/" + alerts + " +\\d+\\.\\d%"));
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("tactic +alerts +top-1 +top-3 +tactic"));
        for (var tactic : AttackCatalog.bundled().tactics()) {
            assertThat(lines).as(tactic.shortname())
                    .anySatisfy(l -> assertThat(l).matches(tactic.shortname() + " +\\d+( +\\d+\\.\\d%){3}"));
        }
        assertThat(lines.getLast()).matches("all +" + alerts + "( +\\d+\\.\\d%){3}");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void readsLabelsFromTheAlertLinesThemselvesAndListsMisses() throws IOException {
        // given
        Path input = dir.resolve("labelled.jsonl");
        Files.writeString(input, """
                {"id": "shadow", "techniques": ["T1003.008"], "alert": {"rule": "Read sensitive file untrusted", "output": "Sensitive file opened for reading (file=/etc/shadow command=cat /etc/shadow)", "priority": "Warning"}}
                {"id": "unknown", "techniques": ["T1486"], "tactic": "Impact", "alert": "Nov 20 10:00:00 host app[1]: nothing to see here"}

                {"id": "unlabelled", "techniques": [], "alert": "Nov 20 10:00:01 host app[1]: hello"}
                """);

        // when
        int exit = run("eval", "--config", config.toString(), "--misses", input.toString());

        // then
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("winnow eval: 2 labelled alerts, 1 without techniques skipped")
                .containsPattern("technique top-3 +1/2 +50\\.0%")
                .contains("misses (technique top-3)")
                .containsPattern("  2 unknown T1486 → \\(none\\) \\[-]");
    }

    @Test
    void refusesLabelsThatDoNotLineUpWithTheAlerts() throws IOException {
        // given
        Path labels = dir.resolve("labels.jsonl");
        Files.writeString(labels, "{\"techniques\": [\"T1003.008\"]}\n");

        // when
        int exit = run("eval", "--config", config.toString(), SAMPLE_ALERTS.toString(), "--labels", labels.toString());

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("has 1 labels").contains("matched line by line");
    }

    @Test
    void namesTheLineAndFieldOfALabelOutsideTheCatalog() throws IOException {
        // given
        Path input = dir.resolve("labelled.jsonl");
        Files.writeString(input, "{\"techniques\": [\"T9999\"], \"alert\": \"cat /etc/shadow\"}\n");

        // when
        int exit = run("eval", "--config", config.toString(), input.toString());

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("label for line 1: techniques: T9999 is not a technique");
    }

    private int run(String... args) {
        var cli = WinnowCommand.commandLine(App::open);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
