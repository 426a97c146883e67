package io.winnow.web.console;

import io.winnow.alert.Alert;

import java.util.Map;

/**
 * What a dry run shows: the alert as given, the exact masked text that would be sent to a model, and the kinds of
 * value masked with their counts, never the values.
 *
 * @param alert  the alert as parsed
 * @param masked the masked text
 * @param counts kinds masked, with counts, in name order
 */
public record DryRunView(Alert alert, String masked, Map<String, Integer> counts) {
    public DryRunView {
        counts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(counts));
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
