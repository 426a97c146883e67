package io.winnow.analyst.builtin;

import java.util.List;
import java.util.Locale;
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
record Condition(FieldKind kind, String field, Pattern regex, LiteralPrefilter prefilter) {

    boolean matches(Observables obs) {
        List<String> values = field != null ? obs.named(field) : obs.values(kind);
        if (values.isEmpty()) {
            return false;
        }
        if (prefilter != null) {
            String lowered = field != null ? String.join("\n", values).toLowerCase(Locale.ROOT) : obs.lowered(kind);
            if (!prefilter.mayMatch(lowered)) {
                return false;
            }
        }
        for (String value : values) {
            if (BoundedRegex.find(regex, value)) {
                return true;
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
