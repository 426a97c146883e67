package io.winnow.analyst.builtin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.winnow.alert.Severity;
import io.winnow.attack.AttackCatalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one pattern file and checks every pattern in it, gathering all problems instead of stopping at the first.
 * A file is a mapping {@code {platform, patterns: [...]}}; see {@code docs/behavior-patterns.md} for the fields.
 * Not thread-safe: one reader per load.
 */
final class PatternReader {
    static final Set<String> PLATFORMS = Set.of("linux", "containers", "windows", "macos", "cloud", "web",
            "network", "auth", "any");
    private static final Set<String> FILE_KEYS = Set.of("platform", "patterns");
    private static final Set<String> PATTERN_KEYS = Set.of("id", "name", "techniques", "tactic", "severity",
            "confidence", "match", "unless", "fp", "actions", "benign");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,79}");
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z0-9_@#]{1,64}");
    /** {@code (?i)} and the like apply to every alternative after them: such regexes are not split. */
    private static final Pattern STANDALONE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]+\\)");
    private static final Pattern BACKREFERENCE = Pattern.compile("\\\\[1-9]");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    private final TechniqueRules techniques;
    private final List<String> problems = new ArrayList<>();

    PatternReader(AttackCatalog catalog) {
        this.techniques = new TechniqueRules(catalog);
    }

    /** Problems found so far, as {@code file:pattern-id:problem}. */
    List<String> problems() {
        return problems;
    }

    /** The valid patterns of one file; problems with the others are added to {@link #problems()}. */
    List<BehaviorPattern> read(String file, byte[] content) {
        JsonNode root;
        try {
            root = yaml.readTree(content);
        } catch (IOException e) {
            problem(file, "-", "is not valid YAML" + location(e));
            return List.of();
        }
        if (root == null || !root.isObject()) {
            problem(file, "-", "must be a mapping with 'platform' and 'patterns'");
            return List.of();
        }
        unknownKeys(file, "-", root, FILE_KEYS);
        String platform = root.path("platform").asText("");
        if (!PLATFORMS.contains(platform)) {
            problem(file, "-", "platform must be one of " + String.join(", ", PLATFORMS.stream().sorted().toList()));
        }
        JsonNode list = root.get("patterns");
        if (list == null || !list.isArray()) {
            problem(file, "-", "patterns must be a list");
            return List.of();
        }
        List<BehaviorPattern> patterns = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            BehaviorPattern p = pattern(file, platform, i, list.get(i));
            if (p != null) {
                patterns.add(p);
            }
        }
        return patterns;
    }

    private BehaviorPattern pattern(String file, String platform, int index, JsonNode node) {
        int before = problems.size();
        if (!node.isObject()) {
            problem(file, "#" + (index + 1), "must be a mapping");
            return null;
        }
        String id = node.path("id").asText("");
        String ref = id.isEmpty() ? "#" + (index + 1) : id;
        if (!ID.matcher(id).matches()) {
            problem(file, ref, "id must be 2-80 characters of a-z, 0-9, '.', '_' and '-'");
        }
        unknownKeys(file, ref, node, PATTERN_KEYS);
        String name = text(file, ref, node, "name", true);
        String benign = text(file, ref, node, "benign", false);
        List<Condition> match = conditions(file, ref, node.get("match"), "match", true);
        List<Condition> unless = conditions(file, ref, node.get("unless"), "unless", false);
        PatternRole role = role(file, ref, benign, match);
        List<String> ids = strings(file, ref, node, "techniques", role != PatternRole.BENIGN);
        ids.forEach(t -> techniques.check(t).ifPresent(p -> problem(file, ref, p)));
        String tactic = text(file, ref, node, "tactic", false);
        if (tactic != null) {
            techniques.checkTactic(tactic, ids).ifPresent(p -> problem(file, ref, p));
        }
        Severity severity = severity(file, ref, node, role == PatternRole.BEHAVIOR);
        double confidence = confidence(file, ref, node);
        List<String> fp = strings(file, ref, node, "fp", role == PatternRole.BEHAVIOR);
        List<String> actions = strings(file, ref, node, "actions", role == PatternRole.BEHAVIOR);
        actions.forEach(a -> Template.check(a).ifPresent(p -> problem(file, ref, "actions: " + p)));
        if (problems.size() > before) {
            return null;
        }
        return new BehaviorPattern(id, name, file, platform, role, ids, tactic, severity, confidence, match, unless,
                fp, actions, benign);
    }

    private PatternRole role(String file, String ref, String benign, List<Condition> match) {
        if (benign != null) {
            return PatternRole.BENIGN;
        }
        long rules = match.stream().filter(c -> c.kind() == FieldKind.RULE && c.field() == null).count();
        if (rules > 0 && rules < match.size()) {
            problem(file, ref, "match: a 'rule' condition cannot be combined with others");
        }
        return rules > 0 && rules == match.size() ? PatternRole.RULE : PatternRole.BEHAVIOR;
    }

    private List<Condition> conditions(String file, String ref, JsonNode node, String key, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                problem(file, ref, key + " is missing: give at least one condition");
            }
            return List.of();
        }
        if (!node.isObject() || node.isEmpty()) {
            problem(file, ref, key + " must be a mapping of field to regex");
            return List.of();
        }
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Condition c = condition(file, ref, key + "." + e.getKey(), e.getKey(), e.getValue());
            if (c != null) {
                conditions.add(c);
            }
        }
        return conditions;
    }

    private Condition condition(String file, String ref, String where, String field, JsonNode value) {
        FieldKind kind = FieldKind.byKey(field).orElse(null);
        String named = null;
        if (field.startsWith("field:") && FIELD_NAME.matcher(field.substring(6)).matches()) {
            kind = FieldKind.TEXT;
            named = field.substring(6);
        } else if (kind == null) {
            problem(file, ref, where + ": unknown field; use one of " + String.join(", ",
                    java.util.Arrays.stream(FieldKind.values()).map(FieldKind::key).toList()) + " or field:<name>");
            return null;
        }
        if (!value.isTextual()) {
            problem(file, ref, where + " must be a regex in quotes");
            return null;
        }
        RegexRules.Compiled compiled = RegexRules.compile(value.asText());
        if (compiled.problem() != null) {
            problem(file, ref, where + ": regex " + compiled.problem());
            return null;
        }
        return new Condition(kind, named, compiled.pattern(), LiteralPrefilter.of(value.asText()).orElse(null),
                branches(value.asText()));
    }

    /** The regex split into its top-level alternatives, or null when it has one or they cannot stand alone. */
    private static List<Condition.Branch> branches(String regex) {
        List<LiteralPrefilter.Alternative> alternatives = LiteralPrefilter.alternativesOf(regex);
        if (alternatives.size() < 2 || STANDALONE_FLAGS.matcher(regex).find() || regex.contains("\\k<")
                || BACKREFERENCE.matcher(regex).find()) {
            return null;
        }
        List<Condition.Branch> branches = new ArrayList<>();
        for (LiteralPrefilter.Alternative a : alternatives) {
            try {
                branches.add(new Condition.Branch(Pattern.compile(a.regex(), Pattern.CASE_INSENSITIVE), a.literals()));
            } catch (java.util.regex.PatternSyntaxException e) {
                return null;
            }
        }
        return branches;
    }

    private Severity severity(String file, String ref, JsonNode node, boolean required) {
        JsonNode s = node.get("severity");
        if (s == null) {
            if (required) {
                problem(file, ref, "severity is missing: low, medium, high or critical");
            }
            return null;
        }
        return switch (s.asText("")) {
            case "low" -> Severity.LOW;
            case "medium" -> Severity.MEDIUM;
            case "high" -> Severity.HIGH;
            case "critical" -> Severity.CRITICAL;
            default -> {
                problem(file, ref, "severity must be low, medium, high or critical");
                yield null;
            }
        };
    }

    private double confidence(String file, String ref, JsonNode node) {
        JsonNode c = node.get("confidence");
        if (c == null) {
            return 0.75;
        }
        if (!c.isNumber() || c.asDouble() < 0.3 || c.asDouble() > 0.99) {
            problem(file, ref, "confidence must be a number from 0.3 to 0.99");
            return 0.75;
        }
        return c.asDouble();
    }

    private String text(String file, String ref, JsonNode node, String key, boolean required) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problem(file, ref, key + " is missing");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problem(file, ref, key + " must be non-empty text");
            return null;
        }
        return v.asText().strip();
    }

    private List<String> strings(String file, String ref, JsonNode node, String key, boolean required) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull() || (v.isArray() && v.isEmpty())) {
            if (required) {
                problem(file, ref, key + " is missing: give at least one");
            }
            return List.of();
        }
        if (!v.isArray()) {
            problem(file, ref, key + " must be a list");
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode item : v) {
            if (!item.isTextual() || item.asText().isBlank()) {
                problem(file, ref, key + " must hold non-empty text only");
            } else {
                out.add(item.asText().strip());
            }
        }
        return List.copyOf(out);
    }

    private void unknownKeys(String file, String ref, JsonNode node, Set<String> allowed) {
        node.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                problem(file, ref, "unknown key '" + k + "'; allowed: " + String.join(", ",
                        allowed.stream().sorted().toList()));
            }
        });
    }

    private static String location(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                ? " (line " + j.getLocation().getLineNr() + ")" : "";
    }

    void problem(String file, String ref, String problem) {
        problems.add(file + ":" + ref + ":" + problem);
    }
}
