package io.winnow.cli;

import java.util.Map;
import java.util.stream.Collectors;

/** How the CLI prints what was masked: {@code internal_ip=2, user=1}, or {@code nothing}. Never values. */
final class DryRunText {
    private DryRunText() {
    }

    static String counts(Map<String, Integer> counts) {
        return counts.isEmpty() ? "nothing" : counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
