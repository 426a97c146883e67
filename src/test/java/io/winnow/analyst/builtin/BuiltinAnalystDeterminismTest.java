package io.winnow.analyst.builtin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.winnow.alert.Alert;
import io.winnow.alert.CanonicalJson;
import io.winnow.analyst.builtin.similarity.SimilarityMode;
import io.winnow.analyst.builtin.similarity.SimilarityRankers;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The same alert gives the same finding, byte for byte, from any analyst instance. */
class BuiltinAnalystDeterminismTest {
    private static final AttackCatalog CATALOG = AttackCatalog.bundled();
    private final ObjectMapper json = CanonicalJson.newMapper();

    @Test
    void analysesEveryDemoEventTheSameWayTwice() throws IOException {
        // given: two analysts and two masker runs over the same parsed alerts
        Intake intake = new Intake(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC), () -> "id");
        List<Alert> alerts = demoEvents().stream().map(e -> intake.parse(e, null)).toList();
        BuiltinAnalyst one = new BuiltinAnalyst(CATALOG);
        BuiltinAnalyst two = new BuiltinAnalyst(CATALOG);

        for (Alert alert : alerts) {
            // when
            String first = json.writeValueAsString(one.analyse(new RegexMasker().mask(alert).alert()));
            String again = json.writeValueAsString(one.analyse(new RegexMasker().mask(alert).alert()));
            String other = json.writeValueAsString(two.analyse(new RegexMasker().mask(alert).alert()));

            // then
            assertThat(again).isEqualTo(first);
            assertThat(other).isEqualTo(first);
        }
        assertThat(alerts).hasSizeGreaterThan(40);
    }

    @Test
    void similarityClaimsAreAsRepeatableAsPatternClaims() throws IOException {
        // given: lines no tag, pattern or rule name explains, with the lexical ranker behind the patterns
        Intake intake = new Intake(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC), () -> "id");
        SimilarityRanker lexical = SimilarityRankers.create(CATALOG, SimilarityMode.LEXICAL, null);
        BuiltinAnalyst one = new BuiltinAnalyst(CATALOG, lexical);
        BuiltinAnalyst two = new BuiltinAnalyst(CATALOG,
                SimilarityRankers.create(CATALOG, SimilarityMode.LEXICAL, null));
        List<String> lines = List.of("kernel: eth0 link is up at 1000 Mbps",
                "appd[311]: exported the customer table to an archive for transfer",
                "vendor-edr: suspicious screen capture by an unsigned tool");

        for (String line : lines) {
            Alert alert = intake.parseRawLine(line);
            // when
            String first = json.writeValueAsString(one.analyse(new RegexMasker().mask(alert).alert()));
            String again = json.writeValueAsString(one.analyse(new RegexMasker().mask(alert).alert()));
            String other = json.writeValueAsString(two.analyse(new RegexMasker().mask(alert).alert()));

            // then
            assertThat(again).isEqualTo(first);
            assertThat(other).isEqualTo(first);
        }
        Alert unexplained = intake.parseRawLine(lines.get(2));
        assertThat(json.writeValueAsString(one.analyse(new RegexMasker().mask(unexplained).alert())))
                .contains("\"similarity\"");
    }

    private List<String> demoEvents() throws IOException {
        ObjectMapper plain = new ObjectMapper();
        try (InputStream in = getClass().getResourceAsStream("/demo/scenario.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(l -> {
                        try {
                            return plain.writeValueAsString(plain.readTree(l).get("event"));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
        }
    }
}
