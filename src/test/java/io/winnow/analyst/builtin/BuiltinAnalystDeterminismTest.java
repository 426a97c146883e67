package io.winnow.analyst.builtin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.winnow.alert.Alert;
import io.winnow.alert.CanonicalJson;
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
