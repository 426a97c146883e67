package io.winnow.cli;

import io.winnow.config.WinnowConfig;
import io.winnow.triage.Engine;

/** Wires a running core from a configuration. {@code App} provides the one implementation. */
@FunctionalInterface
public interface EngineFactory {
    Engine open(WinnowConfig config);
}
