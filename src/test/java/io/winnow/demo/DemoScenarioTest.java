package io.winnow.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The demo scenario ({@code /demo/scenario.jsonl}) is the product's first impression: one intrusion told in
 * realistic Falco, Wazuh and syslog events, with benign noise mixed in. These checks keep it honest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoScenarioTest {
    private static final String SCENARIO = "/demo/scenario.jsonl";
    private static final Path CATALOG = Path.of("src", "main", "resources", "attack", "enterprise-techniques.jsonl");
    private static final Pattern TECHNIQUE = Pattern.compile("T\\d{4}(\\.\\d{3})?");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])");

    /** Our own mapping of the 14 Enterprise tactics: Wazuh's tactic name and the ATT&CK ID, by short name. */
    private static final Map<String, List<String>> TACTICS = Map.ofEntries(
            Map.entry("reconnaissance", List.of("Reconnaissance", "TA0043")),
            Map.entry("resource-development", List.of("Resource Development", "TA0042")),
            Map.entry("initial-access", List.of("Initial Access", "TA0001")),
            Map.entry("execution", List.of("Execution", "TA0002")),
            Map.entry("persistence", List.of("Persistence", "TA0003")),
            Map.entry("privilege-escalation", List.of("Privilege Escalation", "TA0004")),
            Map.entry("defense-evasion", List.of("Defense Evasion", "TA0005")),
            Map.entry("credential-access", List.of("Credential Access", "TA0006")),
            Map.entry("discovery", List.of("Discovery", "TA0007")),
            Map.entry("lateral-movement", List.of("Lateral Movement", "TA0008")),
            Map.entry("collection", List.of("Collection", "TA0009")),
            Map.entry("command-and-control", List.of("Command and Control", "TA0011")),
            Map.entry("exfiltration", List.of("Exfiltration", "TA0010")),
            Map.entry("impact", List.of("Impact", "TA0040")));

    enum Shape { FALCO, WAZUH_ALERT, WAZUH_TRIAGE, SYSLOG }

    private final ObjectMapper json = new ObjectMapper();
    private List<String> rawLines;
    private List<JsonNode> lines;

    @BeforeAll
    void readScenario() throws IOException {
        try (InputStream in = DemoScenarioTest.class.getResourceAsStream(SCENARIO)) {
            assertThat(in).as(SCENARIO + " on the classpath").isNotNull();
            rawLines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
        lines = new ArrayList<>();
        for (String line : rawLines) {
            lines.add(json.readTree(line));
        }
    }

    private static Shape shape(JsonNode event) {
        if (event.isTextual() || event.has("raw_alert")) {
            return Shape.SYSLOG;
        }
        if (event.has("output_fields")) {
            return Shape.FALCO;
        }
        return event.has("rule_id") ? Shape.WAZUH_TRIAGE : Shape.WAZUH_ALERT;
    }

    private List<JsonNode> events(Shape wanted) {
        return lines.stream().map(l -> l.get("event")).filter(e -> shape(e) == wanted).toList();
    }

    @Test
    void holdsAtLeastFortyLinesEachAStepWithItsEvent() {
        assertThat(rawLines).hasSizeGreaterThanOrEqualTo(40);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.isObject()).isTrue();
            assertThat(line.path("step").asText()).isNotBlank();
            assertThat(line.path("event").isObject() || line.path("event").isTextual()).as(line.path("step").asText()).isTrue();
            assertThat(line.path("benign").isMissingNode() || line.path("benign").isBoolean()).isTrue();
            Set<String> keys = new HashSet<>();
            line.fieldNames().forEachRemaining(keys::add);
            assertThat(Set.of("step", "event", "benign")).containsAll(keys);
        });
    }

    @Test
    void mixesFalcoWazuhAndSyslogEvents() {
        assertThat(events(Shape.FALCO)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(events(Shape.WAZUH_ALERT)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(events(Shape.WAZUH_TRIAGE)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(events(Shape.SYSLOG)).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void shapesEachEventAsItsSourceSendsIt() {
        assertThat(events(Shape.FALCO)).allSatisfy(e -> {
            assertThat(fieldNames(e)).containsExactly("hostname", "output", "output_fields", "priority", "rule", "source", "tags", "time");
            assertThat(e.get("output").asText()).matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{9}: " + e.get("priority").asText() + " .*");
            assertThat(e.get("time").asText()).contains("T" + e.get("output").asText().substring(0, 18));
            assertThat(e.get("output_fields").has("evt.time")).isTrue();
        });
        assertThat(events(Shape.WAZUH_ALERT)).allSatisfy(e -> {
            assertThat(e.path("rule").path("id").isTextual()).isTrue();
            assertThat(e.path("rule").path("level").isInt()).isTrue();
            assertThat(e.path("agent").path("name").asText()).isNotBlank();
            assertThat(fieldNames(e)).contains("timestamp", "manager", "id", "full_log", "decoder", "location");
        });
        assertThat(events(Shape.WAZUH_TRIAGE)).allSatisfy(e -> assertThat(fieldNames(e)).containsExactlyInAnyOrder(
                "alert_id", "timestamp", "rule_id", "rule_level", "rule_description", "source_ip", "destination_ip",
                "source_port", "destination_port", "protocol", "agent_name", "full_log", "raw_data"));
        assertThat(events(Shape.SYSLOG)).allSatisfy(e ->
                assertThat(e.isTextual() ? e.asText() : e.get("raw_alert").asText()).matches("<\\d{1,3}>(1 \\d{4}-|[A-Z][a-z]{2} [ \\d]\\d ).*"));
    }

    @Test
    void coversAllFourteenEnterpriseTacticsThroughTheEventsOwnTags() {
        // when
        Set<String> covered = new HashSet<>();
        for (JsonNode line : lines) {
            covered.addAll(tacticsTagged(line.get("event")));
        }

        // then
        assertThat(covered).containsExactlyInAnyOrderElementsOf(TACTICS.keySet());
    }

    @Test
    void usesOnlyTechniqueIdsFromTheBundledCatalog() throws IOException {
        // given: the catalog resource is added by the attack package; without it there is nothing to check against
        assumeThat(Files.exists(CATALOG)).as(CATALOG + " present").isTrue();
        Set<String> catalog = new HashSet<>();
        for (String line : Files.readAllLines(CATALOG)) {
            if (!line.isBlank()) {
                catalog.add(json.readTree(line).get("id").asText());
            }
        }

        // when
        Set<String> used = lines.stream().flatMap(l -> techniquesTagged(l.get("event")).stream()).collect(Collectors.toSet());

        // then
        assertThat(used).isNotEmpty();
        assertThat(catalog).containsAll(used);
    }

    @Test
    void writesEveryTechniqueTagAsAnAttackId() {
        assertThat(lines.stream().flatMap(l -> techniquesTagged(l.get("event")).stream()))
                .isNotEmpty()
                .allSatisfy(id -> assertThat(id).matches(TECHNIQUE));
    }

    @Test
    void mixesInAtLeastEightBenignEvents() {
        assertThat(lines).filteredOn(l -> l.path("benign").asBoolean(false)).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void tellsTheStoryInTimeOrder() {
        // when: the events that carry a full ISO timestamp
        List<String> times = new ArrayList<>();
        for (JsonNode line : lines) {
            JsonNode e = line.get("event");
            switch (shape(e)) {
                case FALCO -> times.add(e.get("time").asText());
                case WAZUH_ALERT, WAZUH_TRIAGE -> times.add(e.get("timestamp").asText());
                case SYSLOG -> { }
            }
        }

        // then: compared to the second, as the formats differ in fractions and zone notation
        List<String> seconds = times.stream().map(t -> t.substring(0, 19)).toList();
        assertThat(seconds).hasSizeGreaterThan(30).isSorted();
    }

    @Test
    void usesOnlyPrivateAndDocumentationAddresses() {
        // when
        Matcher ip = IPV4.matcher(String.join("\n", rawLines));
        List<String> outside = new ArrayList<>();
        while (ip.find()) {
            int a = Integer.parseInt(ip.group(1));
            int b = Integer.parseInt(ip.group(2));
            int c = Integer.parseInt(ip.group(3));
            boolean fine = a == 10 || a == 127 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)
                    || (a == 169 && b == 254) || (a == 192 && b == 0 && c == 2) || (a == 198 && b == 51 && c == 100)
                    || (a == 203 && b == 0 && c == 113);
            if (!fine) {
                outside.add(ip.group());
            }
        }

        // then
        assertThat(outside).isEmpty();
    }

    @Test
    void carriesFakeSecretsForTheMaskerToFind() {
        String all = String.join("\n", rawLines);
        assertThat(all).contains("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "@example.com");
    }

    /** Tactics named by the event itself: Falco {@code mitre_*} and {@code TA*} tags, Wazuh {@code rule.mitre.tactic}. */
    private static Set<String> tacticsTagged(JsonNode event) {
        Set<String> tactics = new HashSet<>();
        for (JsonNode tag : event.path("tags")) {
            String text = tag.asText();
            if (text.startsWith("mitre_")) {
                tactics.add(text.substring("mitre_".length()).replace('_', '-'));
            }
            TACTICS.forEach((shortName, names) -> {
                if (names.get(1).equals(text)) {
                    tactics.add(shortName);
                }
            });
        }
        for (JsonNode name : event.path("rule").path("mitre").path("tactic")) {
            TACTICS.forEach((shortName, names) -> {
                if (names.get(0).equalsIgnoreCase(name.asText())) {
                    tactics.add(shortName);
                }
            });
        }
        assertThat(TACTICS.keySet()).as("tactics named in " + event.path("rule")).containsAll(
                tactics.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
        return tactics;
    }

    /** Technique IDs named by the event itself: Falco {@code T*} tags and Wazuh {@code rule.mitre.id}. */
    private static List<String> techniquesTagged(JsonNode event) {
        List<String> ids = new ArrayList<>();
        for (JsonNode tag : event.path("tags")) {
            if (tag.asText().matches("T\\d.*")) {
                ids.add(tag.asText());
            }
        }
        event.path("rule").path("mitre").path("id").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
