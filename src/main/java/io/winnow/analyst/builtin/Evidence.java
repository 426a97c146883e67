package io.winnow.analyst.builtin;

import io.winnow.attack.Technique;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one alert says about itself, gathered once by {@link EvidenceGatherer}: the technique claims in signal order
 * (tags, behaviours, rule name, similarity), the patterns behind them, and sentences for the reasoning. Mutable
 * while one analysis is made, then read; never shared between alerts.
 */
final class Evidence {
    /** A claimed technique, where it came from, and the pattern behind it (null for tags and similarity). */
    record Claim(Technique technique, String source, BehaviorPattern pattern) {
    }

    final Map<String, Claim> claims = new LinkedHashMap<>();
    final List<String> tacticHints = new ArrayList<>();
    final List<BehaviorPattern> behaviors = new ArrayList<>();
    final List<BehaviorPattern> rules = new ArrayList<>();
    final List<BehaviorPattern> benign = new ArrayList<>();
    final List<String> reasons = new ArrayList<>();
    /** Tactics of every technique any signal named, by ID, for comparing signals. */
    final Map<String, List<String>> tactics = new LinkedHashMap<>();
    int tagged;
    double similarityScore;

    boolean has(String source) {
        return claims.values().stream().anyMatch(c -> c.source().equals(source));
    }

    List<Claim> from(String source) {
        return claims.values().stream().filter(c -> c.source().equals(source)).toList();
    }

    /** The first claim, or null. */
    Claim lead() {
        return claims.isEmpty() ? null : claims.values().iterator().next();
    }

    /** The strongest behaviour pattern, or null. */
    BehaviorPattern topBehavior() {
        return behaviors.isEmpty() ? null : behaviors.getFirst();
    }

    /** The benign pattern that explains the alert, or null. */
    BehaviorPattern benignCause() {
        return benign.isEmpty() ? null : benign.getFirst();
    }

    /** The tactics of a technique named by any signal, from the claims or the catalog lookup the gatherer kept. */
    List<String> tacticsOf(String techniqueId) {
        List<String> known = tactics.get(techniqueId);
        return known == null ? List.of() : known;
    }

    /** A technique's family: the parent technique's ID for a sub-technique, else its own. */
    static String family(String techniqueId) {
        int dot = techniqueId.indexOf('.');
        return dot > 0 ? techniqueId.substring(0, dot) : techniqueId;
    }
}
