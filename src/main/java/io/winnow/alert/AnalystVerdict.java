package io.winnow.alert;

import java.util.Locale;
import java.util.Optional;

/**
 * What a human analyst says about an analysis. It is kept beside the automatic {@link Verdict}, never over it, so
 * the dashboard can show how often the analyst agreed with the machine.
 */
public enum AnalystVerdict {
    /** The analysis is right as it stands: the analyst agrees with the automatic verdict, whatever it is. */
    CONFIRMED,
    /** The alert is a false positive: the rule fired on activity that is not what it looks for. */
    FALSE_POSITIVE,
    /** The alert is real but expected and harmless: a benign positive. */
    BENIGN;

    /** The automatic verdict this answer amounts to, given the verdict the analyst judged. */
    public Verdict asVerdict(Verdict machine) {
        return switch (this) {
            case CONFIRMED -> machine;
            case FALSE_POSITIVE -> Verdict.FALSE_POSITIVE;
            case BENIGN -> Verdict.BENIGN_POSITIVE;
        };
    }

    /** Whether the analyst agrees with the automatic verdict {@code machine}. */
    public boolean agreesWith(Verdict machine) {
        return asVerdict(machine) == machine;
    }

    /** Reads our names ({@code CONFIRMED}, {@code false_positive}, {@code benign}) case- and separator-insensitively. */
    public static Optional<AnalystVerdict> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_")) {
            case "confirmed", "confirm" -> Optional.of(CONFIRMED);
            case "false_positive", "fp" -> Optional.of(FALSE_POSITIVE);
            case "benign", "benign_positive" -> Optional.of(BENIGN);
            default -> Optional.empty();
        };
    }

    /** The words shown on buttons and badges. */
    public String label() {
        return switch (this) {
            case CONFIRMED -> "Confirmed";
            case FALSE_POSITIVE -> "False positive";
            case BENIGN -> "Benign";
        };
    }
}
