package io.winnow.alert;

import java.util.Locale;
import java.util.Optional;

/** The triage outcome. */
public enum Verdict {
    /** Malicious or policy-violating activity that needs a response. */
    TRUE_POSITIVE,
    /** The rule fired on activity that is not what it looks for. */
    FALSE_POSITIVE,
    /** The rule fired correctly, but the activity is expected and harmless (an admin, a scanner, a backup). */
    BENIGN_POSITIVE,
    /** The evidence does not settle it; a human must look. */
    NEEDS_INVESTIGATION;

    /** The label used by the triage API ({@code "True Positive"} …). */
    public String label() {
        return switch (this) {
            case TRUE_POSITIVE -> "True Positive";
            case FALSE_POSITIVE -> "False Positive";
            case BENIGN_POSITIVE -> "Benign Positive";
            case NEEDS_INVESTIGATION -> "Needs Investigation";
        };
    }

    /** Reads our names, the triage API's labels and the usual synonyms, case- and separator-insensitively. */
    public static Optional<Verdict> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String k = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
        return switch (k) {
            case "true_positive", "tp", "malicious", "confirmed" -> Optional.of(TRUE_POSITIVE);
            case "false_positive", "fp" -> Optional.of(FALSE_POSITIVE);
            case "benign_positive", "benign", "bp", "expected" -> Optional.of(BENIGN_POSITIVE);
            case "needs_investigation", "needs_review", "unknown", "suspicious", "investigate" ->
                    Optional.of(NEEDS_INVESTIGATION);
            default -> Optional.empty();
        };
    }
}
