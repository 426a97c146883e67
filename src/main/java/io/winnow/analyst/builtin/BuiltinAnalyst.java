package io.winnow.analyst.builtin;

import io.winnow.alert.Finding;
import io.winnow.analyst.Analyst;
import io.winnow.attack.AttackCatalog;
import io.winnow.mask.MaskedAlert;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The analyst that needs no model: deterministic, offline, grounded in the ATT&CK catalog. It sorts what the alert
 * shows into typed observables, gathers technique claims in a fixed order (the source's tags, behaviour patterns,
 * the rule name, and only if nothing else explains the alert, text similarity), weighs severity, confidence and
 * known-benign activity, and writes guidance filled with the alert's own entities. It is also the last link of
 * every LLM chain. The same alert always gives the same finding. Thread-safe.
 */
public final class BuiltinAnalyst implements Analyst {
    private final ObservableExtractor extractor = new ObservableExtractor();
    private final EvidenceGatherer gatherer;
    private final Assessor assessor = new Assessor();
    private final Narrator narrator;
    private final IocCollector iocs = new IocCollector();
    private final Knowledge knowledge = Knowledge.bundled();

    /**
     * @param catalog  the ATT&CK catalog techniques are checked against
     * @param ranker   ranks techniques by text similarity for alerts nothing else explains;
     *                 {@link SimilarityRanker#none()} to switch that off
     * @param patterns the behaviour patterns, for example {@link PatternLibrary#bundled(AttackCatalog)}
     */
    public BuiltinAnalyst(AttackCatalog catalog, SimilarityRanker ranker, PatternLibrary patterns) {
        Objects.requireNonNull(catalog, "catalog");
        this.gatherer = new EvidenceGatherer(catalog, Objects.requireNonNull(patterns, "patterns"),
                Objects.requireNonNull(ranker, "ranker"));
        this.narrator = new Narrator(catalog, knowledge);
    }

    /** The bundled patterns, with the given similarity ranker. */
    public BuiltinAnalyst(AttackCatalog catalog, SimilarityRanker ranker) {
        this(catalog, ranker, PatternLibrary.bundled(catalog));
    }

    /** The bundled patterns, without similarity ranking. */
    public BuiltinAnalyst(AttackCatalog catalog) {
        this(catalog, SimilarityRanker.none());
    }

    @Override
    public String name() {
        return "builtin";
    }

    @Override
    public Finding analyse(MaskedAlert alert) {
        Observables obs = extractor.extract(alert);
        Evidence ev = gatherer.gather(alert, obs);
        explainPatterns(ev);
        List<String> tactics = tactics(ev);
        Assessor.Judgement judgement = assessor.judge(alert, ev, tactics);
        Narrator.Words words = narrator.write(alert, obs, ev, tactics, judgement.falsePositiveLikelihood());
        String category = ev.benignCause() != null ? "benign-activity"
                : tactics.isEmpty() ? "unclassified" : tactics.getFirst();
        List<Finding.Claim> claims = ev.claims.values().stream()
                .map(c -> new Finding.Claim(c.technique().id(), c.source())).toList();
        return new Finding(words.summary(), words.attackVector(), claims, judgement.severity().name(),
                judgement.verdict().name(), judgement.confidence(), category, words.falsePositive(),
                iocs.collect(alert, obs), words.mitigations(), words.nextSteps(), String.join(" ", ev.reasons),
                name());
    }

    /** One sentence per behaviour and rule pattern that matched, strongest first. */
    private static void explainPatterns(Evidence ev) {
        for (BehaviorPattern p : ev.behaviors.stream().limit(3).toList()) {
            String fields = String.join(", ", p.match().stream().map(Condition::label).toList());
            ev.reasons.add("Behaviour pattern " + p.id() + " (" + p.name() + ") matched on " + fields + ", pointing to "
                    + String.join(", ", p.techniques()) + ".");
        }
        for (BehaviorPattern p : ev.rules.stream().limit(2).toList()) {
            ev.reasons.add("The rule name describes " + p.name() + " (" + String.join(", ", p.techniques()) + ").");
        }
    }

    /**
     * Tactics in order: the source's own, then each claim's main tactic (as its pattern says, else as the technique's
     * guide says, else the catalog's first), then the rest.
     */
    private List<String> tactics(Evidence ev) {
        Set<String> tactics = new LinkedHashSet<>(ev.tacticHints);
        for (Evidence.Claim c : ev.claims.values()) {
            String preferred = c.pattern() != null && c.pattern().tactic() != null ? c.pattern().tactic()
                    : knowledge.preferredTactic(c.technique().id());
            tactics.add(preferred != null && c.technique().tactics().contains(preferred) ? preferred
                    : c.technique().tactics().getFirst());
        }
        ev.claims.values().forEach(c -> tactics.addAll(c.technique().tactics()));
        return List.copyOf(tactics);
    }
}
