package io.winnow.analyst.chain;

import io.winnow.alert.FalsePositive;
import io.winnow.alert.Finding;
import io.winnow.alert.Mitigations;
import io.winnow.analyst.Analyst;
import io.winnow.analyst.AnalystException;
import io.winnow.analyst.Reachability;
import io.winnow.mask.MaskedAlert;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A model analyst that follows a script instead of asking a model: it stands in for the LLM providers, which
 * have their own wire-level tests. It counts its calls and can say whether it is reachable.
 */
final class ScriptedModel implements Analyst, Reachability {
    private final String name;
    private final Function<MaskedAlert, Finding> script;
    final AtomicInteger calls = new AtomicInteger();
    volatile Probe probe = new Probe(State.UNKNOWN, "");

    ScriptedModel(String name, Function<MaskedAlert, Finding> script) {
        this.name = name;
        this.script = script;
    }

    static ScriptedModel answering(String name, String verdict, double confidence, String... techniques) {
        return new ScriptedModel(name, alert -> finding(name, verdict, confidence, techniques));
    }

    static ScriptedModel failing(String name, AnalystException.Reason reason) {
        return new ScriptedModel(name, alert -> {
            throw new AnalystException(reason, name + " failed (scripted)");
        });
    }

    /** Never answers until released; a call it is interrupted in ends with an unreachable error. */
    static ScriptedModel hanging(String name, CountDownLatch release) {
        return new ScriptedModel(name, alert -> {
            try {
                release.await();
                return finding(name, "TRUE_POSITIVE", 0.9);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AnalystException(AnalystException.Reason.UNREACHABLE, "interrupted");
            }
        });
    }

    static Finding finding(String model, String verdict, double confidence, String... techniques) {
        return new Finding("The model's summary.", "The model's attack vector.",
                List.of(techniques).stream().map(t -> new Finding.Claim(t, "llm")).toList(), "HIGH", verdict,
                confidence, "model-category", new FalsePositive(0.1, List.of("model cause")), List.of(),
                new Mitigations(List.of("model action"), List.of(), List.of()), List.of("model step"),
                "The model's reasoning.", model);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Finding analyse(MaskedAlert alert) {
        calls.incrementAndGet();
        return script.apply(alert);
    }

    @Override
    public Probe probe() {
        return probe;
    }
}
