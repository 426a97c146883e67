package io.winnow.analyst.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.winnow.alert.Alert;
import io.winnow.alert.Finding;
import io.winnow.analyst.builtin.similarity.SimilarityMode;
import io.winnow.analyst.builtin.similarity.SimilarityRankers;
import io.winnow.attack.AttackCatalog;
import io.winnow.ingest.Intake;
import io.winnow.mask.RegexMasker;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Quality on the real-format events in {@code ../shared/dev-data}, skipped when that directory is absent: Wazuh's
 * decoder test lines (raw, and again with Wazuh's rule description as the rule name) and Sigma's Windows regression
 * events (as raw JSON, and again with the Sigma title as the rule name); the raw ones also with the lexical
 * similarity ranker behind the patterns. Prints the figures; the floors only catch regressions.
 */
class BuiltinAnalystDevDataTest {
    private static final Path DEV_DATA = Path.of("..", "shared", "dev-data");
    private static final AttackCatalog CATALOG = AttackCatalog.bundled();
    private final BuiltinAnalyst analyst = new BuiltinAnalyst(CATALOG);
    private final BuiltinAnalyst withLexical = new BuiltinAnalyst(CATALOG,
            SimilarityRankers.create(CATALOG, SimilarityMode.LEXICAL, null));
    private final RegexMasker masker = new RegexMasker();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final Intake intake = new Intake(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC),
            () -> "alert-" + ids.incrementAndGet());

    @Test
    void mapsWazuhSampleLogsToTheirTechniques() throws IOException {
        // given
        Scorecard raw = new Scorecard("wazuh lines, raw", CATALOG);
        Scorecard ruled = new Scorecard("wazuh lines + rule description", CATALOG);
        Scorecard lexical = new Scorecard("wazuh raw + lexical similarity", CATALOG);

        // when
        for (JsonNode row : rows("wazuh-log-samples.jsonl")) {
            List<String> expected = strings(row.get("techniques"));
            if (expected.isEmpty()) {
                continue;
            }
            Alert alert = intake.parseRawLine(row.get("log").asText());
            raw.score(analyse(alert), expected, List.of());
            lexical.score(withLexical.analyse(masker.mask(alert).alert()), expected, List.of());
            ruled.score(analyse(withRule(alert, row.get("rule_description").asText())), expected, List.of());
        }

        // then
        System.out.print(raw.report(true) + ruled.report(false) + lexical.report(false));
        assertThat(raw.total()).isEqualTo(428);
        assertThat(raw.top3Rate()).isGreaterThanOrEqualTo(0.37);
        assertThat(ruled.top3Rate()).isGreaterThanOrEqualTo(0.47);
        assertThat(lexical.top3Rate()).isGreaterThanOrEqualTo(0.48);
    }

    @Test
    void mapsSigmaRegressionEventsToTheirTechniques() throws IOException {
        // given
        Scorecard raw = new Scorecard("sigma windows events, raw JSON", CATALOG);
        Scorecard ruled = new Scorecard("sigma events + rule title", CATALOG);
        Scorecard lexical = new Scorecard("sigma raw + lexical similarity", CATALOG);

        // when
        for (JsonNode row : rows("sigma-regression-events.jsonl")) {
            List<String> expected = strings(row.get("techniques"));
            List<String> tactics = strings(row.get("tactics"));
            Alert alert = intake.parseRawLine(json.writeValueAsString(row.get("event")));
            raw.score(analyse(alert), expected, tactics);
            lexical.score(withLexical.analyse(masker.mask(alert).alert()), expected, tactics);
            ruled.score(analyse(withRule(alert, row.get("rule_title").asText())), expected, tactics);
        }

        // then
        System.out.print(raw.report(true) + ruled.report(false) + lexical.report(false));
        assertThat(raw.total()).isEqualTo(190);
        assertThat(raw.top3Rate()).isGreaterThanOrEqualTo(0.40);
        assertThat(ruled.top3Rate()).isGreaterThanOrEqualTo(0.48);
        assertThat(lexical.top3Rate()).isGreaterThanOrEqualTo(0.49);
    }

    private Finding analyse(Alert alert) {
        return analyst.analyse(masker.mask(alert).alert());
    }

    private static Alert withRule(Alert a, String rule) {
        return new Alert(a.id(), a.externalId(), a.format(), a.source(), a.receivedAt(), a.eventTime(), rule, null,
                a.level(), a.host(), a.program(), a.message(), a.entities(), a.hints(), a.tags(), a.fields());
    }

    private List<JsonNode> rows(String file) throws IOException {
        Path path = DEV_DATA.resolve(file);
        assumeThat(Files.isRegularFile(path)).as("dev-data present at %s", path.toAbsolutePath()).isTrue();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(path)) {
            if (!line.isBlank()) {
                rows.add(json.readTree(line));
            }
        }
        return rows;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
