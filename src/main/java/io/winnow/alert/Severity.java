package io.winnow.alert;

import java.util.Locale;
import java.util.Optional;

/** How urgently a human should look, lowest first. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** Reads our names and the usual synonyms ({@code info}, {@code warning}, {@code crit}, …), case-insensitively. */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "low", "info", "informational", "debug", "notice", "none" -> Optional.of(LOW);
            case "medium", "moderate", "warning", "warn" -> Optional.of(MEDIUM);
            case "high", "error", "err", "severe" -> Optional.of(HIGH);
            case "critical", "crit", "alert", "emergency", "emerg", "fatal" -> Optional.of(CRITICAL);
            default -> Optional.empty();
        };
    }

    public Severity max(Severity other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
