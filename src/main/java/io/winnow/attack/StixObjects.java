package io.winnow.attack;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects the STIX objects that make up an ATT&CK catalog, in whatever order the bundle lists them, and turns them
 * into {@link CatalogContent} once all are seen (relationships may come before the objects they join).
 */
final class StixObjects {
    private static final String MITRE = "mitre-attack";

    private record Pattern(String stixId, String attackId, String name, List<String> tactics,
                           List<String> platforms, boolean subtechnique, boolean revoked, boolean deprecated) {
    }

    private final List<Pattern> patterns = new ArrayList<>();
    private final Map<String, String> revokedByStix = new HashMap<>();
    private final Map<String, String> parentByStix = new HashMap<>();
    private final Map<String, Tactic> tacticsByStix = new LinkedHashMap<>();
    private List<String> matrixTacticRefs;
    private String matrixName;
    private String collectionVersion;
    private String spec;

    void bundleSpec(String specVersion) {
        spec = specVersion;
    }

    void accept(JsonNode o) {
        switch (o.path("type").asText("")) {
            case "attack-pattern" -> attackPattern(o);
            case "relationship" -> relationship(o);
            case "x-mitre-tactic" -> tactic(o);
            case "x-mitre-matrix" -> matrix(o);
            case "x-mitre-collection" -> collectionVersion = text(o, "x_mitre_version");
            default -> {
                // other object types (groups, software, mitigations, data sources…) are not part of the catalog
            }
        }
        if (spec == null) {
            spec = text(o, "spec_version");
        }
    }

    private void attackPattern(JsonNode o) {
        String attackId = mitreId(o);
        if (attackId == null) {
            return;
        }
        attackId = attackId.toUpperCase(Locale.ROOT);
        List<String> tactics = new ArrayList<>();
        for (JsonNode phase : o.path("kill_chain_phases")) {
            if (MITRE.equals(text(phase, "kill_chain_name")) && text(phase, "phase_name") != null) {
                tactics.add(text(phase, "phase_name"));
            }
        }
        List<String> platforms = new ArrayList<>();
        o.path("x_mitre_platforms").forEach(p -> platforms.add(p.asText()));
        patterns.add(new Pattern(text(o, "id"), attackId, text(o, "name"), tactics, platforms,
                o.path("x_mitre_is_subtechnique").asBoolean(false), o.path("revoked").asBoolean(false),
                o.path("x_mitre_deprecated").asBoolean(false)));
    }

    private void relationship(JsonNode o) {
        if (retired(o)) {
            return;
        }
        String source = text(o, "source_ref");
        String target = text(o, "target_ref");
        if (source == null || target == null) {
            return;
        }
        switch (o.path("relationship_type").asText("")) {
            case "revoked-by" -> revokedByStix.put(source, target);
            case "subtechnique-of" -> parentByStix.put(source, target);
            default -> {
                // uses, mitigates, detects…: not needed for lookups
            }
        }
    }

    private void tactic(JsonNode o) {
        String attackId = mitreId(o);
        String shortname = text(o, "x_mitre_shortname");
        if (retired(o) || attackId == null || shortname == null || text(o, "name") == null) {
            return;
        }
        tacticsByStix.put(text(o, "id"), new Tactic(attackId, text(o, "name"), shortname, tacticsByStix.size()));
    }

    private void matrix(JsonNode o) {
        if (retired(o) || matrixTacticRefs != null) {
            return;
        }
        matrixTacticRefs = new ArrayList<>();
        o.path("tactic_refs").forEach(ref -> matrixTacticRefs.add(ref.asText()));
        matrixName = mitreId(o);
    }

    CatalogContent toContent(Path path) {
        Map<String, String> attackIdByStix = new HashMap<>();
        patterns.forEach(p -> attackIdByStix.put(p.stixId(), p.attackId()));
        Map<String, Technique> active = new LinkedHashMap<>();
        for (Pattern p : patterns) {
            if (!p.revoked() && !p.deprecated() && p.name() != null) {
                String parent = p.subtechnique() ? parentOf(p, attackIdByStix) : null;
                active.put(p.attackId(), new Technique(p.attackId(), p.name(), p.tactics(), p.platforms(),
                        parent != null, parent));
            }
        }
        if (active.isEmpty()) {
            throw new AttackCatalogException("ATT&CK STIX bundle " + path + " contains no ATT&CK techniques"
                    + " (active attack-pattern objects with a mitre-attack external ID)");
        }
        List<Tactic> tactics = orderedTactics();
        if (tactics.isEmpty()) {
            throw new AttackCatalogException("ATT&CK STIX bundle " + path + " contains no ATT&CK tactics"
                    + " (x-mitre-tactic objects)");
        }
        Map<String, String> revokedBy = new HashMap<>();
        Set<String> deprecated = new HashSet<>();
        for (Pattern p : patterns) {
            if (active.containsKey(p.attackId()) || !(p.revoked() || p.deprecated())) {
                continue;
            }
            String replacement = p.revoked() ? attackIdByStix.get(revokedByStix.get(p.stixId())) : null;
            if (replacement != null && !replacement.equals(p.attackId())) {
                revokedBy.put(p.attackId(), replacement);
            } else {
                deprecated.add(p.attackId());
            }
        }
        return new CatalogContent(version(), tactics, List.copyOf(active.values()), revokedBy, deprecated);
    }

    /** The subtechnique-of relationship names the parent; the ID's prefix is the fallback MITRE's IDs guarantee. */
    private String parentOf(Pattern p, Map<String, String> attackIdByStix) {
        String parent = attackIdByStix.get(parentByStix.get(p.stixId()));
        if (parent != null) {
            return parent;
        }
        int dot = p.attackId().indexOf('.');
        return dot > 0 ? p.attackId().substring(0, dot) : null;
    }

    private List<Tactic> orderedTactics() {
        List<Tactic> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<String> refs = matrixTacticRefs == null ? List.of() : matrixTacticRefs;
        for (String ref : refs) {
            Tactic t = tacticsByStix.get(ref);
            if (t != null && placed.add(ref)) {
                ordered.add(t);
            }
        }
        // tactics the matrix does not list still exist: keep them after the matrix's own, in bundle order
        tacticsByStix.forEach((ref, t) -> {
            if (placed.add(ref)) {
                ordered.add(t);
            }
        });
        List<Tactic> numbered = new ArrayList<>();
        for (Tactic t : ordered) {
            numbered.add(new Tactic(t.id(), t.name(), t.shortname(), numbered.size()));
        }
        return numbered;
    }

    private String version() {
        String domain = matrixName == null ? "attack" : matrixName;
        if (collectionVersion != null) {
            return domain + " " + collectionVersion;
        }
        return domain + " (STIX " + (spec == null ? "2.x" : spec) + " bundle)";
    }

    private static String mitreId(JsonNode o) {
        for (JsonNode ref : o.path("external_references")) {
            if (MITRE.equals(text(ref, "source_name")) && text(ref, "external_id") != null) {
                return text(ref, "external_id").strip();
            }
        }
        return null;
    }

    private static boolean retired(JsonNode o) {
        return o.path("revoked").asBoolean(false) || o.path("x_mitre_deprecated").asBoolean(false);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }
}
