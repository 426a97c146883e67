package io.winnow.analyst.builtin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The built-in analyst's data, read from bundled YAML: guidance per tactic and for common techniques, rule signals
 * and benign signals.
 */
record Knowledge(Map<String, TacticGuide> guides, Map<String, TacticGuide> techniqueGuides, List<RuleSignal> ruleSignals,
                 List<BenignSignal> benignSignals) {

    /** What to say and do for alerts of one tactic or technique. */
    record TacticGuide(String goal, List<String> immediate, List<String> shortTerm, List<String> longTerm,
                       List<String> nextSteps, List<String> fpCauses) {
    }

    /** The guidance for a technique (or its parent technique), else for its tactic, else none. */
    TacticGuide guideFor(String techniqueId, String tactic) {
        TacticGuide specific = null;
        if (techniqueId != null) {
            specific = techniqueGuides.get(techniqueId);
            int dot = techniqueId.indexOf('.');
            if (specific == null && dot > 0) {
                specific = techniqueGuides.get(techniqueId.substring(0, dot));
            }
        }
        return specific != null ? specific : tactic == null ? null : guides.get(tactic);
    }

    /** A rule name or log text that names a behaviour. */
    record RuleSignal(String id, Pattern pattern, LiteralPrefilter prefilter, List<String> techniques) {
        /** Whether the signal matches; {@code lowerCase} is {@code text} lower-cased, for the prefilter. */
        boolean matches(String text, String lowerCase) {
            return (prefilter == null || prefilter.mayMatch(lowerCase)) && pattern.matcher(text).find();
        }
    }

    /** Known-benign activity; each non-null pattern must match. */
    record BenignSignal(String id, Pattern process, Pattern user, Pattern text, LiteralPrefilter textPrefilter,
                        String cause) {
        /** Whether the text condition holds; {@code lowerCase} is {@code text} lower-cased, for the prefilter. */
        boolean textMatches(String text, String lowerCase) {
            return text() == null || (textPrefilter == null || textPrefilter.mayMatch(lowerCase))
                    && text().matcher(text).find();
        }
    }

    private record RawRule(String id, String pattern, List<String> techniques) {
    }

    private record RawBenign(String id, String process, String user, String text, String cause) {
    }

    static Knowledge bundled() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Map<String, TacticGuide> guides = read(yaml, "playbook.yaml", new TypeReference<>() { });
        Map<String, TacticGuide> techniqueGuides = read(yaml, "technique-guides.yaml", new TypeReference<>() { });
        List<RawRule> rules = read(yaml, "rule-signals.yaml", new TypeReference<>() { });
        List<RawBenign> benign = read(yaml, "benign-signals.yaml", new TypeReference<>() { });
        List<RuleSignal> ruleSignals = new ArrayList<>();
        rules.forEach(r -> ruleSignals.add(new RuleSignal(r.id(), compile(r.pattern()), prefilter(r.pattern()),
                List.copyOf(r.techniques()))));
        List<BenignSignal> benignSignals = new ArrayList<>();
        benign.forEach(b -> benignSignals.add(new BenignSignal(b.id(), compile(b.process()), compile(b.user()),
                compile(b.text()), b.text() == null ? null : prefilter(b.text()), b.cause())));
        return new Knowledge(Map.copyOf(guides), Map.copyOf(techniqueGuides), List.copyOf(ruleSignals),
                List.copyOf(benignSignals));
    }

    private static LiteralPrefilter prefilter(String regex) {
        return LiteralPrefilter.of(regex).orElse(null);
    }

    private static Pattern compile(String regex) {
        return regex == null ? null : Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    private static <T> T read(ObjectMapper yaml, String name, TypeReference<T> type) {
        try (InputStream in = Knowledge.class.getResourceAsStream("/analyst/builtin/" + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in analyst data missing from the jar: " + name);
            }
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in analyst data " + name, e);
        }
    }
}
