package io.winnow.cli;

import io.winnow.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code winnow demo --exit}: the whole product on its embedded defaults, driven through its own HTTP API. */
class DemoCommandTest {
    @Test
    void replaysTheIntrusionCoveringEveryTacticAndSetsTheNoiseAside(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = WinnowCommand.commandLine(App::open);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("demo", "--exit", "--port", "0", "--data", dir.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .containsPattern("\\d+ events replayed, 0 failed")
                .contains("Tactics seen: 14 of 14")
                .containsPattern("Benign noise recognised as false or benign positive: (\\d+) of \\1\\.")
                .contains("/api/analyses");
        assertThat(dir.resolve("winnow.db")).exists();
    }
}
