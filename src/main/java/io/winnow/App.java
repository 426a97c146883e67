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
import io.winnow.analyst.builtin.similarity.SimilarityMode;
import io.winnow.analyst.builtin.similarity.SimilarityRankers;
import io.winnow.analyst.chain.AnalystChain;
import io.winnow.analyst.chain.ChainLink;
import io.winnow.analyst.chain.ChainSettings;
import io.winnow.analyst.chain.LinkHealth;
import io.winnow.analyst.llm.LlmAnalysts;
import io.winnow.analyst.llm.Provider;
import io.winnow.analyst.llm.OllamaProbe;
import io.winnow.attack.AttackCatalog;
import io.winnow.cli.WinnowCommand;
import io.winnow.config.WinnowConfig;
import io.winnow.ingest.Intake;
import io.winnow.mask.MaskCategory;
import io.winnow.mask.MaskLevel;
import io.winnow.mask.MaskScopes;
import io.winnow.mask.MaskSettings;
import io.winnow.mask.RegexMasker;
import io.winnow.store.AnalysisStore;
import io.winnow.store.AnalysisStores;
import io.winnow.triage.AssetClassifier;
import io.winnow.triage.Engine;
import io.winnow.triage.FindingCache;
import io.winnow.triage.Pipeline;
import io.winnow.triage.TimeOrderedIds;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.function.Supplier;

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
        return open(config, clock, List.of());
    }

    /**
     * Wires a running core. With {@code models} the analyst is a chain: those model analysts in order, then the
     * built-in one, behind the finding cache; without, the built-in analyst works alone and nothing is cached.
     *
     * @param models model analysts, primary first, that take the place of the configured ones ({@code llm.*});
     *               empty means the configuration decides
     */
    public static Engine open(WinnowConfig config, Clock clock, List<ChainLink> models) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", config.log().level());
        // Pool and migration chatter is noise at info level; their warnings still show.
        System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
        // The MiniLM tokenizer library looks for CUDA and says so at warn level: noise on every CPU-only host.
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "error");
        PrometheusMeterRegistry metrics = metrics();
        AttackCatalog catalog = config.attack().stixPath().isBlank()
                ? AttackCatalog.bundled()
                : AttackCatalog.fromStixBundle(Path.of(config.attack().stixPath()));
        // With mask.enabled false, a cloud provider refuses to start unless llm.allow_unmasked_cloud says otherwise.
        // With no model configured (llm.provider auto), an Ollama server on localhost is used if one answers.
        WinnowConfig.Llm llm = LlmWiring.resolveAuto(config.llm(), new OllamaProbe(OllamaProbe.DEFAULT_TIMEOUT),
                Provider.OLLAMA.defaultBaseUrl());
        LlmAnalysts.Configured llms = LlmWiring.analysts(llm, System.getenv(), clock, config.mask().enabled());
        if (llms.primary().isPresent() || llms.fallback().isPresent()) {
            // A GGUF model holds native memory; the process always ends through System.exit, which runs this.
            Runtime.getRuntime().addShutdownHook(new Thread(llms::close, "winnow-llm-close"));
        }
        WinnowConfig.Analyst analystConfig = config.analyst();
        PatternLibrary patterns = PatternLibrary.load(catalog,
                analystConfig.patternsDir().isBlank() ? null : Path.of(analystConfig.patternsDir()));
        AnalysisStore store = AnalysisStores.open(config.store().jdbcUrl(), config.store().user(),
                config.store().password().isEmpty() ? null : config.store().password().reveal(), clock);
        SimilarityRanker similarity = SimilarityRankers.create(catalog,
                SimilarityMode.fromSetting(analystConfig.similarity()).orElseThrow(),
                Path.of(config.store().dataDir()).resolve("similarity"));
        BuiltinAnalyst builtin = new BuiltinAnalyst(catalog, similarity, patterns);
        AssetClassifier assets = new AssetClassifier(analystConfig.productionHosts(), analystConfig.crownJewelPaths(),
                analystConfig.privilegedUsers(), analystConfig.scannerAllowlist());
        List<ChainLink> links = models.isEmpty() ? links(llm, llms) : models;
        // Without model links the built-in analyst works alone: it is cheaper than a cache lookup.
        AnalystChain chain = links.isEmpty() ? null : new AnalystChain(links, builtin, catalog,
                ChainSettings.withConcurrency(llm.maxConcurrency()), clock, metrics);
        Analyst analyst = chain == null ? builtin : chain;
        FindingCache cache = chain == null || !config.cache().enabled() ? FindingCache.disabled(metrics)
                : new FindingCache(config.cache().ttl(), config.cache().maxEntries(), chain::answeredByModel, clock,
                        metrics);
        Supplier<List<LinkHealth>> health = chain == null ? List::of : chain::health;
        TimeOrderedIds ids = new TimeOrderedIds(clock);
        Pipeline pipeline = new Pipeline(new Intake(clock, ids), new RegexMasker(maskSettings(config.mask())), analyst,
                catalog, store, clock, ids, config.triage().lowConfidenceThreshold(), config.triage().concurrency(),
                metrics, cache, new MaskScopes(Duration.ofMinutes(config.mask().scopeTtlMinutes()), clock), assets);
        return new Engine(pipeline, store, catalog, metrics, analyst.name(), version(), health);
    }

    /** A registry with the JVM basics bound. */
    private static PrometheusMeterRegistry metrics() {
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmGcMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ClassLoaderMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        new UptimeMetrics().bindTo(metrics);
        return metrics;
    }

    /** The configured models as chain links, primary first, each with its own timeout. */
    private static List<ChainLink> links(WinnowConfig.Llm llm, LlmAnalysts.Configured llms) {
        List<ChainLink> links = new java.util.ArrayList<>();
        llms.primary().ifPresent(a -> links.add(new ChainLink(a, llm.timeout())));
        llms.fallback().ifPresent(a -> links.add(new ChainLink(a, llm.fallback().timeout())));
        return List.copyOf(links);
    }

    /** The masker's settings from the {@code mask.*} keys. */
    static MaskSettings maskSettings(WinnowConfig.Mask mask) {
        Set<MaskCategory> on = EnumSet.noneOf(MaskCategory.class);
        addIf(on, mask.ips(), MaskCategory.IPS);
        addIf(on, mask.users(), MaskCategory.USERS);
        addIf(on, mask.hosts(), MaskCategory.HOSTS);
        addIf(on, mask.emails(), MaskCategory.EMAILS);
        addIf(on, mask.macs(), MaskCategory.MACS);
        addIf(on, mask.containers(), MaskCategory.CONTAINERS);
        addIf(on, mask.secrets(), MaskCategory.SECRETS);
        return new MaskSettings(mask.enabled(), MaskLevel.valueOf(mask.level().toUpperCase(Locale.ROOT)), on,
                mask.keepSystemAccounts(), mask.allow(), mask.deny());
    }

    private static void addIf(Set<MaskCategory> on, boolean enabled, MaskCategory category) {
        if (enabled) {
            on.add(category);
        }
    }

    static String version() {
        String v = App.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
