package io.winnow.analyst.chain;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.winnow.alert.Finding;
import io.winnow.analyst.Analyst;
import io.winnow.analyst.builtin.BuiltinAnalyst;
import io.winnow.attack.AttackCatalog;
import io.winnow.mask.MaskedAlert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Model analysts tried in order, primary first, with the built-in analyst always closing the chain, so the chain
 * never fails for want of a model. A link is left for the next one when its provider is unreachable, times out,
 * gives invalid output (after the provider's own repair attempt), refuses, or answers with a confidence below 0.5;
 * also, without a call, when its circuit is open or no model slot comes free within its timeout. Each switch is
 * counted in {@code triage_model_switches_total{from,to,reason}}, and the way taken is recorded in
 * {@link Finding#modelPath()}, for example {@code ["ollama:llama3 timeout", "openai:gpt-4o-mini"]}.
 * <p>
 * Every model answer is compared with the built-in analyst's opinion ({@link ConsensusCheck}). Thread-safe.
 */
public final class AnalystChain implements Analyst {
    /** Model answers below this confidence are passed over for the next link. */
    public static final double MIN_CONFIDENCE = 0.5;

    private final List<GuardedLink> links;
    private final BuiltinAnalyst builtin;
    private final ConsensusCheck consensus;
    private final LinkProbes probes;
    private final MeterRegistry metrics;
    private final Map<List<String>, Counter> switches = new ConcurrentHashMap<>();

    /**
     * @param models   the model links, primary first; may be empty (the chain is then the built-in analyst)
     * @param builtin  the analyst that closes the chain and gives the second opinion
     * @param catalog  the ATT&CK catalog, to compare tactics
     * @param settings the shared limit on model calls and the circuit breakers' settings
     */
    public AnalystChain(List<ChainLink> models, BuiltinAnalyst builtin, AttackCatalog catalog,
                        ChainSettings settings, Clock clock, MeterRegistry metrics) {
        Semaphore slots = new Semaphore(settings.maxConcurrency());
        this.links = models.stream().map(m -> new GuardedLink(m, settings, slots, clock)).toList();
        this.builtin = builtin;
        this.consensus = new ConsensusCheck(catalog);
        this.probes = new LinkProbes(settings.probeTimeout());
        this.metrics = metrics;
        Gauge.builder("triage_llm_calls_in_flight", slots, s -> settings.maxConcurrency() - s.availablePermits())
                .description("Model calls in flight, at most llm.max_concurrency")
                .register(metrics);
    }

    @Override
    public String name() {
        return links.isEmpty() ? builtin.name() : links.getFirst().label();
    }

    @Override
    public Finding analyse(MaskedAlert alert) {
        List<String> path = new ArrayList<>();
        boolean sent = false;
        for (int i = 0; i < links.size(); i++) {
            GuardedLink link = links.get(i);
            SwitchReason reason;
            switch (link.call(alert)) {
                case GuardedLink.Attempt.Answered a when a.finding().confidence() >= MIN_CONFIDENCE -> {
                    path.add(a.finding().modelUsed());
                    Finding reviewed = consensus.review(a.finding(), builtin.analyse(alert));
                    String sentText = a.finding().sentText() != null ? a.finding().sentText() : alert.text();
                    return Findings.routed(reviewed, path, sentText);
                }
                case GuardedLink.Attempt.Answered a -> reason = SwitchReason.LOW_CONFIDENCE;
                case GuardedLink.Attempt.Missed m -> reason = m.reason();
            }
            sent |= reason.textSent();
            path.add(link.label() + " " + reason.wireName());
            countSwitch(link.label(), i + 1 < links.size() ? links.get(i + 1).label() : builtin.name(), reason);
        }
        Finding last = builtin.analyse(alert);
        path.add(last.modelUsed());
        // The masked alert text is what any provider sends, inside a fixed prompt.
        return Findings.routed(last, path, sent ? alert.text() : null);
    }

    /**
     * Whether a finding of this chain came from a model rather than from the built-in analyst closing the chain.
     * A cache keeps only those: the built-in answer is cheap to make again, and a model may be back soon.
     */
    public boolean answeredByModel(Finding finding) {
        return !builtin.name().equals(finding.modelUsed());
    }

    /** The reachability and circuit of every model link, probed now (each probe bounded by its timeout). */
    public List<LinkHealth> health() {
        return probes.check(links);
    }

    private void countSwitch(String from, String to, SwitchReason reason) {
        switches.computeIfAbsent(List.of(from, to, reason.wireName()), k -> Counter
                .builder("triage_model_switches_total")
                .description("Switches from one analyst of the chain to the next")
                .tag("from", from).tag("to", to).tag("reason", reason.wireName())
                .register(metrics)).increment();
    }
}
