package io.winnow.mask;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Extra checks against the shared development data; skipped when it is not next to the repository. */
class RegexMaskerDevDataTest {
    private static final Path WAZUH_SAMPLES = Path.of("..", "shared", "dev-data", "wazuh-log-samples.jsonl");

    private final RegexMasker masker = new RegexMasker();

    @Test
    void masksRealLogLinesAndRestoresThemExactly() throws IOException {
        // given
        assumeTrue(Files.exists(WAZUH_SAMPLES), "no ../shared/dev-data");
        ObjectMapper json = new ObjectMapper();
        int masked = 0;

        for (String line : Files.readAllLines(WAZUH_SAMPLES)) {
            String log = json.readTree(line).path("log").asText();

            // when
            Masking masking = masker.mask(TestAlerts.message(log));

            // then
            String out = masking.alert().message();
            if (!out.contains("[REDACTED-")) {
                assertThat(masking.map().unmask(out)).isEqualTo(log);
            }
            masked += out.equals(log) ? 0 : 1;
        }
        assertThat(masked).isGreaterThan(100);
    }
}
