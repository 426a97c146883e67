package io.winnow.analyst.builtin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The built-in analyst's guidance, read from bundled YAML: what to say and do per tactic ({@code playbook.yaml})
 * and per technique ({@code technique-guides.yaml}). Every text is a {@link Template} filled from the alert.
 */
record Knowledge(Map<String, Guide> tacticGuides, Map<String, Guide> techniqueGuides) {

    /**
     * What to say and do about alerts of one tactic or technique; every text is a template. {@code tactic} is, for
     * a technique with several tactics, the one its alerts usually serve (null: the catalog's first).
     */
    record Guide(String goal, String tactic, List<String> immediate, List<String> shortTerm, List<String> longTerm,
                 List<String> nextSteps, List<String> fpCauses) {
        Guide {
            immediate = List.copyOf(immediate);
            shortTerm = List.copyOf(shortTerm);
            longTerm = List.copyOf(longTerm);
            nextSteps = List.copyOf(nextSteps);
            fpCauses = List.copyOf(fpCauses);
        }

        Stream<String> texts() {
            return Stream.of(Stream.of(goal), immediate.stream(), shortTerm.stream(), longTerm.stream(),
                    nextSteps.stream(), fpCauses.stream()).flatMap(s -> s);
        }
    }

    /** The guide for a technique, its parent technique, else its tactic; null when none applies. */
    Guide guideFor(String techniqueId, String tactic) {
        if (techniqueId != null) {
            Guide specific = techniqueGuides.get(techniqueId);
            if (specific == null) {
                specific = techniqueGuides.get(Evidence.family(techniqueId));
            }
            if (specific != null) {
                return specific;
            }
        }
        return tactic == null ? null : tacticGuides.get(tactic);
    }

    /** The tactic alerts of a technique usually serve, when its guide says so; else null. */
    String preferredTactic(String techniqueId) {
        Guide g = techniqueGuides.get(techniqueId);
        if (g == null || g.tactic() == null) {
            g = techniqueGuides.get(Evidence.family(techniqueId));
        }
        return g == null ? null : g.tactic();
    }

    static Knowledge bundled() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Map<String, Guide> tactics = read(yaml, "playbook.yaml");
        Map<String, Guide> techniques = read(yaml, "technique-guides.yaml");
        Stream.concat(tactics.entrySet().stream(), techniques.entrySet().stream()).forEach(e ->
                e.getValue().texts().forEach(t -> Template.check(t).ifPresent(p -> {
                    throw new IllegalStateException("built-in guide " + e.getKey() + ": " + p);
                })));
        return new Knowledge(Map.copyOf(tactics), Map.copyOf(techniques));
    }

    private static Map<String, Guide> read(ObjectMapper yaml, String name) {
        try (InputStream in = Knowledge.class.getResourceAsStream("/analyst/builtin/" + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in analyst data missing from the jar: " + name);
            }
            return yaml.readValue(in, new TypeReference<Map<String, Guide>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in analyst data " + name, e);
        }
    }
}
