package io.winnow.cli;

import io.winnow.analyst.chain.ChainLink;
import io.winnow.config.WinnowConfig;
import io.winnow.triage.Engine;

import java.util.List;

/** Wires a running core from a configuration. {@code App} provides the one implementation. */
@FunctionalInterface
public interface EngineFactory {
    /**
     * Wires a core whose analyst chain starts with {@code models} (primary first), ahead of the built-in analyst;
     * empty means the configuration decides. The LLM benchmark passes its fake model here.
     */
    Engine open(WinnowConfig config, List<ChainLink> models);

    /** Wires a core as the configuration says. */
    default Engine open(WinnowConfig config) {
        return open(config, List.of());
    }
}
