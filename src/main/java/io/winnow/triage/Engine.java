package io.winnow.triage;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.winnow.analyst.chain.LinkHealth;
import io.winnow.attack.AttackCatalog;
import io.winnow.store.AnalysisStore;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A running Winnow core, wired by {@code App}: the pipeline and what the serving side reads besides it.
 * Closing it closes the store.
 *
 * @param pipeline    the triage pipeline
 * @param store       the store every page and API reads from
 * @param catalog     the ATT&CK catalog in use
 * @param metrics     the Prometheus registry that {@code /metrics} scrapes
 * @param analystName the analyst in use, for {@code /health} and {@code /}
 * @param version     Winnow's version
 * @param models      probes every model link of the analyst chain, primary first, for {@code /health}; gives an
 *                    empty list when the built-in analyst works alone
 */
public record Engine(Pipeline pipeline, AnalysisStore store, AttackCatalog catalog,
                     PrometheusMeterRegistry metrics, String analystName, String version,
                     Supplier<List<LinkHealth>> models) implements AutoCloseable {
    public Engine {
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(analystName, "analystName");
        Objects.requireNonNull(version, "version");
    }

    @Override
    public void close() {
        store.close();
        metrics.close();
    }
}
