package io.winnow.analyst;

import java.util.Objects;

/**
 * Whether a model provider can be reached right now, for {@code /health}. An LLM {@link Analyst} implements it
 * with a cheap request to its server (Ollama's {@code /api/tags}, an OpenAI-compatible {@code /v1/models} …);
 * analysts that do not implement it are reported as {@link State#UNKNOWN}. A probe must be quick, must never throw
 * and must never send alert text. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Reachability {
    /** An answer of "nobody knows": for analysts without a check. */
    Reachability UNKNOWN = () -> new Probe(State.UNKNOWN, "no reachability check");

    /** Checks the provider now. */
    Probe probe();

    /** The reachability of an analyst: its own check when it has one, else {@link #UNKNOWN}. */
    static Reachability of(Analyst analyst) {
        return analyst instanceof Reachability checked ? checked : UNKNOWN;
    }

    /** What a probe found. */
    enum State {
        UP, DOWN, UNKNOWN
    }

    /**
     * The result of one probe.
     *
     * @param state  up, down or unknown
     * @param detail a few words for operators, such as {@code connection refused}; never a secret or alert text,
     *               never null (may be empty)
     */
    record Probe(State state, String detail) {
        public Probe {
            Objects.requireNonNull(state, "state");
            detail = detail == null ? "" : detail;
        }
    }
}
