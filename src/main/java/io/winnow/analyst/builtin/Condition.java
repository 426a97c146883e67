package io.winnow.analyst.builtin;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One test of a behaviour pattern: a case-insensitive regex that must be found in at least one value of a field
 * kind, or of a named field ({@code field:logontype}).
 *
 * @param kind      the field kind tested; for a named field, {@link FieldKind#TEXT} and {@code field} is set
 * @param field     the last part of a field name, lower case, or null for a kind
 * @param regex     the compiled regex
 * @param prefilter literals one of which every match contains, or null when the regex has none
 */
record Condition(FieldKind kind, String field, Pattern regex, LiteralPrefilter prefilter, List<Branch> branches) {

    /** One top-level alternative, compiled alone, with the literals that must occur for it to match (or null). */
    record Branch(Pattern regex, List<String> literals) {
        boolean mayMatch(String lowerCaseValue) {
            if (literals == null) {
                return true;
            }
            for (String literal : literals) {
                if (lowerCaseValue.contains(literal)) {
                    return true;
                }
            }
            return false;
        }
    }

    Condition {
        branches = branches == null ? null : List.copyOf(branches);
    }

    /** Whether the condition holds: some value contains one of its literals and matches its regex. */
    boolean matches(Observables obs) {
        if (field != null) {
            return matchesAny(obs.named(field), null);
        }
        return maybe(obs) && matchesAny(obs.values(kind), obs.loweredValues(kind));
    }

    /** A cheap necessary condition: the kind has values and, if there is a prefilter, one of its literals. */
    boolean maybe(Observables obs) {
        if (field != null) {
            return !obs.named(field).isEmpty();
        }
        return obs.has(kind) && (prefilter == null || prefilter.mayMatch(obs.lowered(kind)));
    }

    /**
     * Runs the regex only on values that contain a literal of the prefilter, and when the regex was split into its
     * alternatives, only the alternatives whose own literals occur in the value.
     */
    private boolean matchesAny(List<String> values, List<String> lowered) {
        for (int i = 0; i < values.size(); i++) {
            if (lowered == null) {
                if (BoundedRegex.find(regex, values.get(i))) {
                    return true;
                }
                continue;
            }
            String low = lowered.get(i);
            if (prefilter != null && !prefilter.mayMatch(low)) {
                continue;
            }
            if (branches == null) {
                if (BoundedRegex.find(regex, values.get(i))) {
                    return true;
                }
                continue;
            }
            for (Branch b : branches) {
                if (b.mayMatch(low) && BoundedRegex.find(b.regex(), values.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How the condition is named in pattern files and in reasoning: {@code cmdline}, {@code field:logontype}. */
    String label() {
        return field != null ? "field:" + field : kind.key();
    }

    /** Whether it tests a typed value rather than free text. */
    boolean typed() {
        return field != null || (kind != FieldKind.TEXT && kind != FieldKind.RULE);
    }
}
