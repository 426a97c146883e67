package io.winnow.alert;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a model's answer compares with the built-in analyst's opinion of the same alert.
 *
 * @param agreement whether the two agree on verdict and tactic
 * @param details   what differed, in words; empty when they agree
 */
public record Consensus(Agreement agreement, List<String> details) {
    public enum Agreement {
        AGREE, PARTIAL, DISAGREE;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        static Agreement fromJson(String text) {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }

    public Consensus {
        Objects.requireNonNull(agreement, "agreement");
        details = List.copyOf(details);
    }
}
