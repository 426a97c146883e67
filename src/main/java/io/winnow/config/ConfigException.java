package io.winnow.config;

import java.util.List;

/**
 * The configuration cannot be used. It carries every problem found, not just the first; each names the key or
 * variable concerned and the reason. No problem ever contains a secret value.
 */
public final class ConfigException extends RuntimeException {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found; never empty. */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        StringBuilder text = new StringBuilder("invalid configuration (")
                .append(problems.size()).append(problems.size() == 1 ? " problem)" : " problems)");
        problems.forEach(p -> text.append(System.lineSeparator()).append("  - ").append(p));
        return text.toString();
    }
}
