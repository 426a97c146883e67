package io.winnow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.Alert;
import io.winnow.alert.EntityType;
import io.winnow.alert.SourceFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Extra checks against the real-format events in {@code ../shared/dev-data}; skipped when that directory is
 * absent. They check robustness and a floor of extraction quality, not exact values.
 */
class DevDataIntakeTest {
    private static final Path DEV_DATA = Path.of("..", "shared", "dev-data");
    private static final Pattern BSD_PREFIX = Pattern.compile("^[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\S+ ");
    private static final Pattern SSHD_ENDPOINT =
            Pattern.compile("sshd\\[\\d+]: .*from (\\d{1,3}(?:\\.\\d{1,3}){3}) port \\d+");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Intake intake = TestIntake.intake();

    @Test
    void parsesEveryWazuhSampleLogAsRawLine() throws IOException {
        List<String> logs = lines("wazuh-log-samples.jsonl").stream().map(this::log).toList();
        int withPrefix = 0;
        int bsdLines = 0;
        int bsdAsSyslog = 0;
        int bsdWithHost = 0;

        for (String log : logs) {
            Alert alert = intake.parseRawLine(log);
            Alert viaJson = intake.parse(mapper.createObjectNode().put("raw_alert", log), null);

            assertThat(alert.format()).isEqualTo(SourceFormat.RAW);
            assertThat(alert.message()).isNotBlank();
            assertThat(viaJson.message()).isEqualTo(alert.message());
            withPrefix += alert.source().equals("syslog") ? 1 : 0;
            if (BSD_PREFIX.matcher(log).find()) {
                bsdLines++;
                bsdAsSyslog += alert.source().equals("syslog") ? 1 : 0;
                bsdWithHost += alert.host() != null ? 1 : 0;
            }
        }

        assertThat(logs).hasSizeGreaterThan(1000);
        assertThat(withPrefix).isGreaterThan(200);
        assertThat(bsdAsSyslog).isEqualTo(bsdLines);
        // Some devices log "Mmm dd hh:mm:ss Info: …" or "… date=…" with no host at all.
        assertThat(bsdWithHost).isGreaterThan(bsdLines * 9 / 10);
    }

    @Test
    void findsSshdSourceAddressesInSampleLogs() throws IOException {
        int sshdLines = 0;
        int found = 0;
        for (String line : lines("wazuh-log-samples.jsonl")) {
            String log = log(line);
            var endpoint = SSHD_ENDPOINT.matcher(log);
            if (endpoint.find()) {
                sshdLines++;
                found += intake.parseRawLine(log).valuesOf(EntityType.SOURCE_IP).contains(endpoint.group(1)) ? 1 : 0;
            }
        }

        assertThat(sshdLines).isPositive();
        assertThat(found).isEqualTo(sshdLines);
    }

    @Test
    void parsesWindowsEventsWrappedAsRawAlerts() throws IOException {
        List<String> events = lines("sigma-regression-events.jsonl");

        for (int i = 0; i < events.size(); i += 3) {
            String eventText = mapper.writeValueAsString(mapper.readTree(events.get(i)).get("event"));
            ObjectNode wrapped = mapper.createObjectNode().put("raw_alert", eventText);

            Alert alert = intake.parse(mapper.writeValueAsString(wrapped), null);

            assertThat(alert.format()).isEqualTo(SourceFormat.RAW);
            assertThat(alert.message()).isEqualTo(eventText);
        }
    }

    private String log(String jsonLine) {
        try {
            JsonNode node = mapper.readTree(jsonLine);
            return node.get("log").asText();
        } catch (IOException e) {
            throw new IllegalStateException("dev-data line is not JSON", e);
        }
    }

    private static List<String> lines(String file) throws IOException {
        Path path = DEV_DATA.resolve(file);
        assumeThat(Files.isRegularFile(path)).as("dev-data present at %s", path.toAbsolutePath()).isTrue();
        return Files.readAllLines(path).stream().filter(l -> !l.isBlank()).toList();
    }
}
