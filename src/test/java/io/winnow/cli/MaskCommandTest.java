package io.winnow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.winnow.App;
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

/** {@code winnow mask} and {@code winnow analyze --dry-run}, run through picocli as the launcher runs them. */
class MaskCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path config;

    @TempDir
    Path dir;

    @BeforeEach
    void writeConfig() throws IOException {
        config = dir.resolve("winnow.yaml");
        Files.writeString(config, "store:\n  data_dir: " + dir.resolve("data") + "\nmask:\n  allow: [8.8.8.8]\n");
    }

    @Test
    void printsOneMaskedLinePerInputLineAndKeepsJsonValid() throws Exception {
        // given
        Path input = dir.resolve("audit.log");
        Files.write(input, List.of(
                "Nov 18 04:09:02 bastion sshd[23110]: Failed password for jsmith from 203.0.113.45 port 50122 ssh2",
                "",
                "{\"hostname\":\"web-07\",\"output\":\"user=alice token=ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5Q\"}",
                "dns query to 8.8.8.8 from 10.0.0.5"));

        // when
        int exit = run("mask", "--config", config.toString(), input.toString());

        // then
        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("Nov 18 04:09:02 [HOST-1] sshd[23110]: Failed password for [USER-1] from "
                + "[EXTERNAL-IP-1] port 50122 ssh2");
        assertThat(lines.get(1)).isEmpty();
        assertThat(new ObjectMapper().readTree(lines.get(2)).get("output").asText())
                .isEqualTo("user=[USER-1] token=[REDACTED-GITHUB_TOKEN]");
        assertThat(lines.get(3)).isEqualTo("dns query to 8.8.8.8 from [INTERNAL-IP-1]");
    }

    @Test
    void countsWhatItMaskedOnStandardErrorWithoutValues() throws Exception {
        // given
        Path input = dir.resolve("one.log");
        Files.writeString(input, "login for bob@example.org from 10.0.0.5 and 10.0.0.6\n");

        // when
        int exit = run("mask", "--counts", "--config", config.toString(), input.toString());

        // then
        assertThat(exit).isZero();
        assertThat(err.toString().strip()).isEqualTo("masked: email=1, internal_ip=2");
    }

    @Test
    void dryRunPrintsTheKindsMaskedAndTheirCounts() throws Exception {
        // given
        Path input = dir.resolve("alert.log");
        Files.writeString(input, "Nov 18 04:09:02 bastion sshd[1]: Accepted password for jsmith from 10.0.0.5 port 1 ssh2\n");

        // when
        int exit = run("analyze", "--dry-run", "--config", config.toString(), input.toString());

        // then
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Accepted password for [USER-1] from [INTERNAL-IP-1]")
                .contains("--- masked: host=1, internal_ip=2, user=2 ---").doesNotContain("jsmith", "10.0.0.5");
    }

    private int run(String... args) {
        var cli = WinnowCommand.commandLine(App::open);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
