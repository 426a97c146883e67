package io.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.winnow.attack.AttackCatalog;
import io.winnow.attack.Tactic;
import io.winnow.attack.Technique;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an evaluated alert should have been mapped to: {@code {"id": "…", "techniques": ["T1003.008"], "tactics":
 * ["credential-access"]}}. Technique IDs are resolved against the catalog (revoked IDs follow their replacement);
 * tactics may be short names, TA IDs or names, and {@code "tactic": "…"} is accepted for one. Without tactics, every
 * tactic of the labelled techniques is accepted.
 *
 * @param id         a name for reports, or null
 * @param techniques active technique IDs, at least one
 * @param tactics    accepted first tactics, as short names; the first is the label's tactic in the per-tactic table
 */
record EvalLabel(String id, List<String> techniques, List<String> tactics) {
    private static final int MAX_ID = 80;

    EvalLabel {
        techniques = List.copyOf(techniques);
        tactics = List.copyOf(tactics);
    }

    /** The label's tactic: the first accepted one. */
    String tactic() {
        return tactics.getFirst();
    }

    /**
     * Reads one label; empty when it lists no technique (such an alert is not scored).
     *
     * @throws IllegalArgumentException naming the field when an ID or tactic is unknown or the shape is wrong
     */
    static Optional<EvalLabel> read(JsonNode node, AttackCatalog catalog) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a label must be a JSON object");
        }
        List<String> techniques = new ArrayList<>();
        for (String raw : strings(node, "techniques")) {
            Technique t = catalog.resolve(raw).resolved().orElseThrow(() -> new IllegalArgumentException(
                    "techniques: " + clip(raw) + " is not a technique of ATT&CK " + catalog.version()));
            if (!techniques.contains(t.id())) {
                techniques.add(t.id());
            }
        }
        if (techniques.isEmpty()) {
            return Optional.empty();
        }
        Set<String> tactics = new LinkedHashSet<>();
        List<String> named = new ArrayList<>(strings(node, "tactic"));
        named.addAll(strings(node, "tactics"));
        for (String raw : named) {
            tactics.add(catalog.tactic(raw).map(Tactic::shortname).orElseThrow(() -> new IllegalArgumentException(
                    "tactics: " + clip(raw) + " is not a tactic of ATT&CK " + catalog.version())));
        }
        if (tactics.isEmpty()) {
            techniques.forEach(id -> tactics.addAll(catalog.technique(id).orElseThrow().tactics()));
        }
        JsonNode id = node.get("id");
        return Optional.of(new EvalLabel(id == null || id.isNull() ? null : clip(id.asText()), techniques,
                List.copyOf(tactics)));
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + ": must be a string or a list of strings");
        }
        List<String> all = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException(field + ": must be a string or a list of strings");
            }
            all.add(item.asText());
        }
        return all;
    }

    /** Bounded and printable: labels are user data that ends up on a terminal. */
    private static String clip(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= MAX_ID ? printable : printable.substring(0, MAX_ID) + "…";
    }
}
