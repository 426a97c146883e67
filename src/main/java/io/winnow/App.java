package io.winnow;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.winnow.analyst.Analyst;
import io.winnow.analyst.builtin.BuiltinAnalyst;
import io.winnow.analyst.builtin.PatternLibrary;
import io.winnow.analyst.builtin.SimilarityRanker;
import io.winnow.attack.AttackCatalog;
import io.winnow.cli.WinnowCommand;
import io.winnow.config.WinnowConfig;
import io.winnow.ingest.Intake;
import io.winnow.mask.RegexMasker;
import io.winnow.store.AnalysisStore;
import io.winnow.store.AnalysisStores;
import io.winnow.triage.AssetClassifier;
import io.winnow.triage.Engine;
import io.winnow.triage.Pipeline;
import io.winnow.triage.TimeOrderedIds;

import java.nio.file.Path;
import java.time.Clock;

/** Winnow's entry point: reads the command line, builds the configuration and wires every stage by hand. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        var cli = WinnowCommand.commandLine(App::open);
        // Alerts carry any script: print UTF-8 whatever the locale says.
        cli.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), java.nio.charset.StandardCharsets.UTF_8), true));
        cli.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.err), java.nio.charset.StandardCharsets.UTF_8), true));
        System.exit(cli.execute(args));
    }

    /** Wires a running core from a validated configuration, on the system clock. */
    public static Engine open(WinnowConfig config) {
        return open(config, Clock.systemUTC());
    }

    /** Wires a running core from a validated configuration; the clock is injected so tests are deterministic. */
    public static Engine open(WinnowConfig config, Clock clock) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", config.log().level());
        // Pool and migration chatter is noise at info level; their warnings still show.
        System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmGcMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ClassLoaderMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        new UptimeMetrics().bindTo(metrics);
        AttackCatalog catalog = config.attack().stixPath().isBlank()
                ? AttackCatalog.bundled()
                : AttackCatalog.fromStixBundle(Path.of(config.attack().stixPath()));
        WinnowConfig.Analyst analystConfig = config.analyst();
        PatternLibrary patterns = PatternLibrary.load(catalog,
                analystConfig.patternsDir().isBlank() ? null : Path.of(analystConfig.patternsDir()));
        AnalysisStore store = AnalysisStores.open(config.store().jdbcUrl(), config.store().user(),
                config.store().password().isEmpty() ? null : config.store().password().reveal(), clock);
        // The similarity ranker (issue 3) plugs in here once it is merged; until then nothing is ranked by text.
        Analyst analyst = new BuiltinAnalyst(catalog, SimilarityRanker.none(), patterns);
        AssetClassifier assets = new AssetClassifier(analystConfig.productionHosts(), analystConfig.crownJewelPaths(),
                analystConfig.privilegedUsers(), analystConfig.scannerAllowlist());
        TimeOrderedIds ids = new TimeOrderedIds(clock);
        Pipeline pipeline = new Pipeline(new Intake(clock, ids), new RegexMasker(), analyst, catalog, store, clock,
                ids, config.triage().lowConfidenceThreshold(), config.triage().concurrency(), metrics, assets);
        return new Engine(pipeline, store, catalog, metrics, analyst.name(), version());
    }

    static String version() {
        String v = App.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
