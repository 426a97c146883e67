package io.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
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

/** {@code winnow analyze}, run through picocli as the launcher runs it, on every supported input format. */
class AnalyzeCommandTest {
    private final ObjectMapper json = new ObjectMapper();
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
    void printsOneSchemaValidAnalysisPerLineInInputOrderForEveryFormat() throws IOException {
        Path input = copyFixture();

        int exit = run("analyze", "--json", "--config", config.toString(), input.toString());

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(7);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("docs", "analysis-schema.json")));
        for (String line : lines) {
            JsonNode analysis = json.readTree(line);
            assertThat(schema.validate(analysis)).as(line).isEmpty();
        }
        assertThat(lines.stream().map(l -> read(l).get("format").asText()).toList())
                .containsExactly("SIB", "FALCO", "WAZUH", "WAZUH", "RAW", "RAW", "RAW");
        assertThat(read(lines.get(1)).get("mitre_techniques").findValuesAsText("id")).contains("T1555");
        assertThat(read(lines.get(3)).get("mitre_techniques").findValuesAsText("id")).contains("T1110");
        assertThat(read(lines.get(4)).get("host").asText()).isEqualTo("db-01");
    }

    @Test
    void reportsABadLineWithItsNumberSkipsItAndExitsOne() throws IOException {
        Path input = dir.resolve("mixed.jsonl");
        Files.writeString(input, """
                {"rule":"Terminal shell in container","output":"shell","priority":"Notice"}
                {"rule_description": 5}
                {"raw_alert":"Nov 22 10:22:41 bastion sshd[811]: Failed password for root from 198.51.100.23 port 4 ssh2"}
                """);

        int exit = run("analyze", "--json", "--config", config.toString(), input.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("line 2:").contains("rule_description");
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void printsTheTerminalReportLikeSib() throws IOException {
        int exit = run("analyze", "--config", config.toString(), copyFixture().toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("ATTACK VECTOR", "MITRE ATT&CK", "RISK ASSESSMENT", "MITIGATIONS",
                "FALSE POSITIVE ASSESSMENT", "T1555");
    }

    @Test
    void dryRunPrintsOnlyMaskedText() throws IOException {
        int exit = run("analyze", "--dry-run", "--config", config.toString(), copyFixture().toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("[EXTERNAL-IP-1]", "[INTERNAL-IP-1]")
                .doesNotContain("203.0.113.50", "10.0.1.100", "\"verdict\"");
    }

    @Test
    void rejectsAnUnknownFormat() throws IOException {
        int exit = run("analyze", "--format", "cef", "--config", config.toString(), copyFixture().toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--format");
    }

    private Path copyFixture() throws IOException {
        Path input = dir.resolve("every-format.jsonl");
        try (var in = getClass().getResourceAsStream("/cli/every-format.jsonl")) {
            Files.copy(in, input);
        }
        return input;
    }

    private JsonNode read(String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private int run(String... args) {
        var cli = WinnowCommand.commandLine(App::open);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
