package io.winnow.analyst.llm;

import java.util.List;

/**
 * The LLM settings cannot be used: a missing key, a model file that does not load, a cloud provider without
 * masking. It lists every problem found, each naming the configuration key; values (keys above all) are never
 * repeated.
 */
public final class LlmSetupException extends RuntimeException {
    private final List<String> problems;

    public LlmSetupException(List<String> problems) {
        super(problems.size() == 1 ? problems.getFirst()
                : "invalid LLM settings (" + problems.size() + " problems)\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, naming its key. */
    public List<String> problems() {
        return problems;
    }
}
