package io.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.attack.AttackCatalog;
import io.winnow.attack.Tactic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the development data of {@code ../shared/dev-data} into {@code winnow eval} inputs (one labelled alert per
 * line: {@code {"id", "techniques", "tactics"?, "alert"}}), with the source's own ATT&CK tags removed so that the
 * analyst has to find the techniques itself. Only events that carry techniques known to the bundled catalog are
 * kept. Four files:
 * <ul>
 *   <li>{@code wazuh-rule.jsonl}: Wazuh log samples as triage-schema alerts (rule description, level, full log);</li>
 *   <li>{@code wazuh-raw.jsonl}: the same log lines alone, as raw text;</li>
 *   <li>{@code sigma-rule.jsonl}: Sigma regression events as Wazuh {@code alerts.json} events, the Sigma title as
 *       the rule and the EVTX event under {@code data.win} as Wazuh writes Windows events;</li>
 *   <li>{@code sigma-raw.jsonl}: the same events alone, their JSON as raw text.</li>
 * </ul>
 * Run it from the repository after {@code ./mvnw package}:
 * <pre>
 * java -cp target/winnow.jar:target/test-classes io.winnow.cli.DevDataEvalInputs ../shared/dev-data target/eval-dev
 * ./winnow eval target/eval-dev/wazuh-rule.jsonl
 * </pre>
 */
public final class DevDataEvalInputs {
    private static final Map<String, Integer> SIGMA_LEVELS = Map.of("informational", 3, "low", 5, "medium", 8,
            "high", 12, "critical", 15);
    /** ATT&CK v19 split Defense Evasion; the bundled catalog (v18.1) still has the one tactic. */
    private static final Map<String, String> NEWER_TACTICS = Map.of("stealth", "defense-evasion",
            "defense-impairment", "defense-evasion");

    private final ObjectMapper json = new ObjectMapper();
    private final AttackCatalog catalog;

    DevDataEvalInputs(AttackCatalog catalog) {
        this.catalog = catalog;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: DevDataEvalInputs DEV_DATA_DIR OUTPUT_DIR");
            System.exit(2);
        }
        new DevDataEvalInputs(AttackCatalog.bundled()).convert(Path.of(args[0]), Path.of(args[1]))
                .forEach((file, count) -> System.out.println(file + ": " + count + " labelled alerts"));
    }

    /** Writes the four files into {@code out}; returns each file's name and number of lines. */
    Map<String, Integer> convert(Path devData, Path out) throws IOException {
        Files.createDirectories(out);
        List<String> wazuhRule = new ArrayList<>();
        List<String> wazuhRaw = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(devData.resolve("wazuh-log-samples.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode sample = json.readTree(line);
            n++;
            ArrayNode techniques = known(sample.get("techniques"));
            if (techniques.isEmpty()) {
                continue;
            }
            String id = "wazuh-" + sample.get("rule_id").asText() + "-" + n;
            ObjectNode triage = json.createObjectNode().put("alert_id", id)
                    .put("rule_id", sample.get("rule_id").asText()).put("rule_level", sample.get("level").asInt())
                    .put("rule_description", sample.get("rule_description").asText())
                    .put("full_log", sample.get("log").asText());
            wazuhRule.add(labelled(id, techniques, null, triage));
            wazuhRaw.add(labelled(id, techniques, null, json.getNodeFactory().textNode(sample.get("log").asText())));
        }
        List<String> sigmaRule = new ArrayList<>();
        List<String> sigmaRaw = new ArrayList<>();
        for (String line : Files.readAllLines(devData.resolve("sigma-regression-events.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode sample = json.readTree(line);
            ArrayNode techniques = known(sample.get("techniques"));
            if (techniques.isEmpty()) {
                continue;
            }
            String id = "sigma-" + sample.get("rule_id").asText().substring(0, 8);
            ArrayNode tactics = tactics(sample.get("tactics"));
            JsonNode event = sample.get("event");
            String eventText = event.isTextual() ? event.asText() : json.writeValueAsString(event);
            sigmaRule.add(labelled(id, techniques, tactics, event.isTextual()
                    ? json.createObjectNode().put("rule_description", sample.get("rule_title").asText())
                            .put("rule_level", SIGMA_LEVELS.getOrDefault(sample.get("level").asText(), 8))
                            .put("full_log", eventText)
                    : wazuhWindowsEvent(sample, event.get("Event"))));
            sigmaRaw.add(labelled(id, techniques, tactics, json.getNodeFactory().textNode(eventText)));
        }
        return Map.of(write(out, "wazuh-rule.jsonl", wazuhRule), wazuhRule.size(),
                write(out, "wazuh-raw.jsonl", wazuhRaw), wazuhRaw.size(),
                write(out, "sigma-rule.jsonl", sigmaRule), sigmaRule.size(),
                write(out, "sigma-raw.jsonl", sigmaRaw), sigmaRaw.size());
    }

    private String labelled(String id, ArrayNode techniques, ArrayNode tactics, JsonNode alert) throws IOException {
        ObjectNode line = json.createObjectNode().put("id", id);
        line.set("techniques", techniques);
        if (tactics != null && !tactics.isEmpty()) {
            line.set("tactics", tactics);
        }
        line.set("alert", alert);
        return json.writeValueAsString(line);
    }

    private ArrayNode known(JsonNode ids) {
        ArrayNode known = json.createArrayNode();
        ids.forEach(id -> catalog.resolve(id.asText()).resolved().ifPresent(t -> known.add(t.id())));
        return known;
    }

    private ArrayNode tactics(JsonNode names) {
        Set<String> tactics = new LinkedHashSet<>();
        names.forEach(n -> catalog.tactic(NEWER_TACTICS.getOrDefault(n.asText(), n.asText()))
                .map(Tactic::shortname).ifPresent(tactics::add));
        ArrayNode array = json.createArrayNode();
        tactics.forEach(array::add);
        return array;
    }

    /** A Wazuh {@code alerts.json} event as the manager writes one for a Windows event channel record. */
    private ObjectNode wazuhWindowsEvent(JsonNode sample, JsonNode event) {
        ObjectNode alert = json.createObjectNode();
        ObjectNode rule = alert.putObject("rule");
        rule.put("id", "sigma").put("level", SIGMA_LEVELS.getOrDefault(sample.get("level").asText(), 8))
                .put("description", sample.get("rule_title").asText());
        rule.putArray("groups").add("windows").add("sigma");
        ObjectNode win = alert.putObject("data").putObject("win");
        ObjectNode system = win.putObject("system");
        flatten(event.get("System"), "", system);
        if (system.has("providerAttributesName")) {
            system.set("providerName", system.remove("providerAttributesName"));
        }
        ObjectNode eventdata = win.putObject("eventdata");
        event.properties().forEach(e -> {
            if (!e.getKey().equals("System") && !e.getKey().startsWith("#")) {
                flatten(e.getValue(), "", eventdata);
            }
        });
        alert.putObject("agent").put("name", system.path("computer").asText("windows-host"));
        alert.putObject("decoder").put("name", "windows_eventchannel");
        return alert;
    }

    /** Scalars by lowerCamel key, nested names joined ({@code Provider.#attributes.Name} → {@code providerAttributesName}). */
    private static void flatten(JsonNode node, String prefix, ObjectNode into) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(e.getValue(), prefix + capitalise(e.getKey().replace("#", "")), into));
        } else if (!node.isArray() && !prefix.isEmpty()) {
            into.put(Character.toLowerCase(prefix.charAt(0)) + prefix.substring(1), node.asText());
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String write(Path dir, String name, List<String> lines) {
        try {
            Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
