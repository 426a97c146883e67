package io.winnow.triage;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.Finding;
import io.winnow.alert.IdGenerator;
import io.winnow.alert.SourceFormat;
import io.winnow.analyst.Analyst;
import io.winnow.analyst.AnalystException;
import io.winnow.attack.AttackCatalog;
import io.winnow.ingest.Intake;
import io.winnow.mask.MaskPreview;
import io.winnow.mask.MaskScope;
import io.winnow.mask.MaskScopes;
import io.winnow.mask.MaskedAlert;
import io.winnow.mask.MaskedText;
import io.winnow.mask.Masker;
import io.winnow.mask.Masking;
import io.winnow.store.AnalysisStore;
import io.winnow.store.StoredAlert;
import io.winnow.store.AlertStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The triage pipeline, the one class that knows the order of the stages:
 * parse → store the alert → mask → analyse → ground → store the analysis.
 * It does not care where an alert came from (HTTP, CLI, a queue). An accepted alert is stored before it is analysed;
 * a failed analysis is stored with its reason and can be retried. Thread-safe.
 */
public final class Pipeline {
    private static final Duration PENDING_GRACE = Duration.ofMinutes(1);

    private final Intake intake;
    private final Masker masker;
    private final Analyst analyst;
    private final Grounder grounder;
    private final AnalysisStore store;
    private final Clock clock;
    private final IdGenerator ids;
    private final Semaphore analysing;
    private final DistributionSummary confidence;
    private final FindingCache cache;
    private final MaskScopes scopes;

    /**
     * @param lowConfidenceThreshold below this confidence the verdict becomes needs-investigation (0–1)
     * @param concurrency            how many alerts of one batch are analysed at once
     */
    public Pipeline(Intake intake, Masker masker, Analyst analyst, AttackCatalog catalog, AnalysisStore store,
                    Clock clock, IdGenerator ids, double lowConfidenceThreshold, int concurrency,
                    MeterRegistry metrics) {
        this(intake, masker, analyst, catalog, store, clock, ids, lowConfidenceThreshold, concurrency, metrics,
                FindingCache.disabled(metrics));
    }

    /** As above, with findings reused for identical alerts through {@code cache}. */
    public Pipeline(Intake intake, Masker masker, Analyst analyst, AttackCatalog catalog, AnalysisStore store,
                    Clock clock, IdGenerator ids, double lowConfidenceThreshold, int concurrency,
                    MeterRegistry metrics, FindingCache cache) {
        this(intake, masker, analyst, catalog, store, clock, ids, lowConfidenceThreshold, concurrency, metrics, cache,
                new MaskScopes(Duration.ofHours(2), clock));
    }

    /** @param scopes the open case and chat scopes, for {@link #triage(Alert, boolean, String)} */
    public Pipeline(Intake intake, Masker masker, Analyst analyst, AttackCatalog catalog, AnalysisStore store,
                    Clock clock, IdGenerator ids, double lowConfidenceThreshold, int concurrency,
                    MeterRegistry metrics, FindingCache cache, MaskScopes scopes) {
        this.cache = cache;
        this.scopes = scopes;
        this.intake = intake;
        this.masker = masker;
        this.analyst = analyst;
        this.grounder = new Grounder(catalog, lowConfidenceThreshold);
        this.store = store;
        this.clock = clock;
        this.ids = ids;
        this.analysing = new Semaphore(Math.max(1, concurrency));
        this.confidence = DistributionSummary.builder("triage_confidence_score")
                .description("Confidence of grounded analyses, 0-1")
                .serviceLevelObjectives(0.3, 0.5, 0.7, 0.8, 0.9, 1.0)
                .register(metrics);
    }

    /** Parses one input; see {@link Intake#parse(byte[], SourceFormat)}. {@code forced} null means detect. */
    public Alert parse(byte[] input, SourceFormat forced) {
        return intake.parse(input, forced);
    }

    public Alert parse(String input, SourceFormat forced) {
        return intake.parse(input, forced);
    }

    public Alert parse(com.fasterxml.jackson.databind.JsonNode input, SourceFormat forced) {
        return intake.parse(input, forced);
    }

    /** A raw text line, even one that starts with '{'; see {@link Intake#parseRawLine(String)}. */
    public Alert parseRawLine(String line) {
        return intake.parseRawLine(line);
    }

    /** Reads a JSON document under the intake's limits; errors are {@link io.winnow.ingest.AlertParseException}s. */
    public com.fasterxml.jackson.databind.JsonNode readJson(byte[] document) {
        return intake.readJson(document);
    }

    /** What would be sent to a model for this alert: the masked alert. Nothing is stored or sent. */
    public MaskedAlert dryRun(Alert alert) {
        return masker.mask(alert).alert();
    }

    /**
     * What would be sent to a model for this alert, and how many values of each kind were masked; within the case
     * or chat scope {@code scopeId} when it is not null. Nothing is stored or sent.
     *
     * @throws IllegalArgumentException when {@code scopeId} is not a valid scope ID
     */
    public MaskPreview dryRun(Alert alert, String scopeId) {
        return (scopeId == null ? masker.mask(alert) : masker.mask(alert, scopes.scope(scopeId))).preview();
    }

    /** One line of free text masked as an alert's message would be, for audits. */
    public MaskedText maskText(String text) {
        return masker.maskText(text);
    }

    /** The finding cache, for its statistics and dedup counts. */
    public FindingCache cache() {
        return cache;
    }

    /** Triages one alert. With {@code store} false nothing is persisted (SIB's {@code store: false}). */
    public Outcome triage(Alert alert, boolean store) {
        return triageAll(List.of(alert), store).getFirst();
    }

    /**
     * Triages one alert within a case or chat scope: a value gets the token it got earlier in the scope, so a
     * follow-up about {@code [EXTERNAL-IP-1]} means the same host. A null {@code scopeId} is {@link #triage(Alert,
     * boolean)}.
     *
     * @throws IllegalArgumentException when {@code scopeId} is not a valid scope ID
     */
    public Outcome triage(Alert alert, boolean store, String scopeId) {
        if (scopeId == null) {
            return triage(alert, store);
        }
        MaskScope scope = scopes.scope(scopeId);
        if (store) {
            this.store.saveAlerts(List.of(alert));
        }
        Outcome outcome = analyse(alert, true, scope);
        if (store) {
            persist(List.of(outcome));
        }
        return outcome;
    }

    /**
     * Triages alerts concurrently; results are in input order. The alerts are stored in one transaction before any
     * is analysed, and the analyses in one transaction after.
     */
    public List<Outcome> triageAll(List<Alert> alerts, boolean store) {
        if (store) {
            this.store.saveAlerts(alerts);
        }
        List<Outcome> outcomes = alerts.size() == 1
                ? List.of(analyse(alerts.getFirst()))
                : analyseConcurrently(alerts);
        if (store) {
            persist(outcomes);
        }
        return outcomes;
    }

    /**
     * Analyses stored alerts again: failed ones, and pending ones older than a minute (left by a crash).
     *
     * @return the outcomes of this round, oldest alert first
     */
    public List<Outcome> retryStored(int limit) {
        Instant staleBefore = clock.instant().minus(PENDING_GRACE);
        List<Alert> due = store.alertsToRetry(limit).stream()
                .filter(s -> s.status() == AlertStatus.FAILED || s.alert().receivedAt().isBefore(staleBefore))
                .map(StoredAlert::alert)
                .toList();
        if (due.isEmpty()) {
            return List.of();
        }
        List<Outcome> outcomes = analyseConcurrently(due);
        persist(outcomes);
        return outcomes;
    }

    /** Analyses one stored alert again, whatever its status; empty when no such alert is stored. */
    public java.util.Optional<Outcome> retry(String alertId) {
        return store.findAlert(alertId).map(stored -> {
            Outcome outcome = analyse(stored.alert(), false, null);
            persist(List.of(outcome));
            return outcome;
        });
    }

    private void persist(List<Outcome> outcomes) {
        List<Analysis> analyses = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            switch (outcome) {
                case Outcome.Analysed a -> analyses.add(a.analysis());
                case Outcome.Failed f -> store.saveFailure(f.alert().id(), f.reason());
            }
        }
        if (!analyses.isEmpty()) {
            store.saveAnalyses(analyses);
        }
    }

    private List<Outcome> analyseConcurrently(List<Alert> alerts) {
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Outcome>> futures = alerts.stream().map(a -> workers.submit(() -> {
                analysing.acquire();
                try {
                    return analyse(a);
                } finally {
                    analysing.release();
                }
            })).toList();
            List<Outcome> outcomes = new ArrayList<>(alerts.size());
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), alerts.get(i)));
            }
            return outcomes;
        }
    }

    private static Outcome await(Future<Outcome> future, Alert alert) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed(alert, "interrupted while analysing", true);
        } catch (ExecutionException e) {
            return new Outcome.Failed(alert, "analysis crashed: " + e.getCause().getClass().getSimpleName(), true);
        }
    }

    private Outcome analyse(Alert alert) {
        return analyse(alert, true, null);
    }

    /**
     * {@code reuse} false asks the analyst afresh, as an explicit retry should; {@code scope} is the case or chat
     * scope to mask within, or null.
     */
    private Outcome analyse(Alert alert, boolean reuse, MaskScope scope) {
        Instant started = clock.instant();
        try {
            Masking masking = scope == null ? masker.mask(alert) : masker.mask(alert, scope);
            Finding finding = reuse ? cache.serve(masking.alert(), analyst).finding()
                    : analyst.analyse(masking.alert());
            Instant finished = clock.instant();
            Analysis analysis = grounder.ground(alert, masking.map(), finding, new Grounder.Stamp(ids.next(),
                    finished, Duration.between(started, finished).toMillis()));
            confidence.record(analysis.confidence());
            return new Outcome.Analysed(alert, analysis);
        } catch (AnalystException e) {
            return new Outcome.Failed(alert, analyst.name() + " failed: " + e.getMessage(), e.retriable());
        } catch (RuntimeException e) {
            // A bug in a stage must not lose the alert: it is stored as failed and retried after a fix.
            return new Outcome.Failed(alert, "internal error in analysis: " + e.getClass().getSimpleName(), true);
        }
    }
}
