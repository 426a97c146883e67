package io.winnow.analyst.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.Alert;
import io.winnow.alert.Finding;
import io.winnow.attack.AttackCatalog;
import io.winnow.ingest.Intake;
import io.winnow.mask.RegexMasker;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality on our own labelled corpus (src/test/resources/analyst/corpus): Falco-style alerts with their tags
 * removed (and again with the rule name removed too), and attack command lines for Linux and Windows. It prints the
 * hit rates and fails if they drop below floors set a little under what the analyst reaches today.
 */
class BuiltinAnalystQualityTest {
    private static final AttackCatalog CATALOG = AttackCatalog.bundled();
    private final BuiltinAnalyst analyst = new BuiltinAnalyst(CATALOG);
    private final RegexMasker masker = new RegexMasker();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final Intake intake = new Intake(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC),
            () -> "alert-" + ids.incrementAndGet());

    @Test
    void findsTheTechniqueOfFalcoAlertsWithoutTheirTags() throws IOException {
        // given
        Scorecard withRule = new Scorecard("falco, tags removed", CATALOG);
        Scorecard withoutRule = new Scorecard("falco, tags and rule removed", CATALOG);

        // when
        for (JsonNode row : rows("falco-alerts.jsonl")) {
            Alert alert = intake.parse(row.get("alert").toString(), null);
            withRule.score(analyse(alert), strings(row.get("techniques")), List.of(row.get("tactic").asText()));
            withoutRule.score(analyse(withoutRule(alert)), strings(row.get("techniques")),
                    List.of(row.get("tactic").asText()));
        }

        // then
        System.out.print(withRule.report(true) + withoutRule.report(false));
        assertThat(withRule.total()).isGreaterThan(80);
        assertThat(withRule.top3Rate()).isGreaterThanOrEqualTo(0.96);
        assertThat(withRule.tacticRate()).isGreaterThanOrEqualTo(0.87);
        assertThat(withoutRule.top3Rate()).isGreaterThanOrEqualTo(0.95);
        assertThat(withoutRule.tacticRate()).isGreaterThanOrEqualTo(0.86);
    }

    @Test
    void findsTheTechniqueOfAttackCommandLines() throws IOException {
        // given
        Scorecard linux = new Scorecard("linux command lines", CATALOG);
        Scorecard windows = new Scorecard("windows command lines", CATALOG);
        Scorecard sysmon = new Scorecard("windows, as Sysmon events", CATALOG);

        // when
        for (JsonNode row : rows("linux-commands.jsonl")) {
            linux.score(analyse(intake.parseRawLine(row.get("cmd").asText())), strings(row.get("techniques")),
                    List.of(row.get("tactic").asText()));
        }
        for (JsonNode row : rows("windows-commands.jsonl")) {
            List<String> expected = strings(row.get("techniques"));
            List<String> tactic = List.of(row.get("tactic").asText());
            windows.score(analyse(intake.parseRawLine(row.get("cmd").asText())), expected, tactic);
            sysmon.score(analyse(intake.parse(sysmonEvent(row.get("cmd").asText()), null)), expected, tactic);
        }

        // then
        System.out.print(linux.report(true) + windows.report(true) + sysmon.report(false));
        assertThat(linux.top3Rate()).isGreaterThanOrEqualTo(0.94);
        assertThat(windows.top3Rate()).isGreaterThanOrEqualTo(0.91);
        assertThat(sysmon.top3Rate()).isGreaterThanOrEqualTo(0.92);
        assertThat(linux.tacticRate()).isGreaterThanOrEqualTo(0.88);
        assertThat(windows.tacticRate()).isGreaterThanOrEqualTo(0.87);
    }

    private Finding analyse(Alert alert) {
        return analyst.analyse(masker.mask(alert).alert());
    }

    /** The same alert as its source would send it without a rule name. */
    static Alert withoutRule(Alert a) {
        return new Alert(a.id(), a.externalId(), a.format(), a.source(), a.receivedAt(), a.eventTime(), null, null,
                a.level(), a.host(), a.program(), a.message(), a.entities(), a.hints(), a.tags(), a.fields());
    }

    /** A Wazuh alerts.json event for a Sysmon process creation with this command line. */
    private String sysmonEvent(String cmd) {
        ObjectNode event = json.createObjectNode();
        event.putObject("rule").put("level", 3).put("description", "Sysmon - Event 1: Process creation.")
                .put("id", "61603");
        event.putObject("agent").put("name", "ws-17").put("id", "017");
        ObjectNode win = event.putObject("data").putObject("win");
        win.putObject("system").put("eventID", "1").put("channel", "Microsoft-Windows-Sysmon/Operational");
        String image = cmd.startsWith("\"") ? cmd.substring(1, cmd.indexOf('"', 1)) : cmd.split("\\s+")[0];
        String path = image.contains("\\") ? image : "C:\\Windows\\System32\\" + image + (image.contains(".") ? "" : ".exe");
        win.putObject("eventdata").put("image", path).put("commandLine", cmd)
                .put("parentImage", "C:\\Windows\\explorer.exe").put("user", "CORP\\bob");
        event.put("full_log", "Process creation: " + path);
        return event.toString();
    }

    private List<JsonNode> rows(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/analyst/corpus/" + name)) {
            List<JsonNode> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (!line.isBlank()) {
                    rows.add(json.readTree(line));
                }
            }
            return rows;
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
