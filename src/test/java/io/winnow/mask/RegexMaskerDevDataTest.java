package io.winnow.mask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Extra checks against the shared development data; skipped when it is not next to the repository. */
class RegexMaskerDevDataTest {
    private static final Path DEV_DATA = Path.of("..", "shared", "dev-data");
    private static final Path WAZUH_SAMPLES = DEV_DATA.resolve("wazuh-log-samples.jsonl");
    private static final Path SIGMA_EVENTS = DEV_DATA.resolve("sigma-regression-events.jsonl");

    private final RegexMasker masker = new RegexMasker();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void masksRealLogLinesRestoresThemExactlyAndMasksNothingTwice() throws IOException {
        // given
        assumeTrue(Files.exists(WAZUH_SAMPLES), "no ../shared/dev-data");
        int masked = 0;
        Map<String, Integer> kinds = new TreeMap<>();

        for (String line : Files.readAllLines(WAZUH_SAMPLES)) {
            String log = json.readTree(line).path("log").asText();

            // when
            Masking masking = masker.mask(TestAlerts.withoutHost(log));

            // then
            String out = masking.alert().message();
            if (!out.contains("[REDACTED-")) {
                assertThat(masking.map().unmask(out)).isEqualTo(log);
            }
            assertThat(masker.maskText(out).text()).as(log).isEqualTo(out);
            masked += out.equals(log) ? 0 : 1;
            masking.counts().forEach((k, n) -> kinds.merge(k, n, Integer::sum));
        }
        System.out.println("dev-data wazuh-log-samples: " + masked + " of 1625 lines masked; " + kinds);
        assertThat(masked).isGreaterThan(500);
    }

    @Test
    void keepsWindowsEventsValidJsonAndTheirEventIdsAndImages() throws IOException {
        // given
        assumeTrue(Files.exists(SIGMA_EVENTS), "no ../shared/dev-data");
        int users = 0;

        for (String line : Files.readAllLines(SIGMA_EVENTS)) {
            String event = json.readTree(line).path("event").toString();

            // when
            MaskedText masked = masker.maskText(event);

            // then
            JsonNode after = json.readTree(masked.text());
            JsonNode system = after.path("Event").path("System");
            assertThat(system.path("EventID").asText()).isEqualTo(json.readTree(event).at("/Event/System/EventID").asText());
            assertThat(system.path("Computer").asText()).doesNotContain(".").satisfiesAnyOf(
                    c -> assertThat(c).startsWith("[HOST-"), c -> assertThat(c).isEmpty());
            users += masked.counts().getOrDefault("user", 0);
        }
        System.out.println("dev-data sigma-regression-events: " + users + " user names masked");
    }
}
