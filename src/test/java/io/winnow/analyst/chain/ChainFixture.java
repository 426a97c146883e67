package io.winnow.analyst.chain;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.winnow.Alerts;
import io.winnow.MutableClock;
import io.winnow.analyst.Analyst;
import io.winnow.analyst.builtin.BuiltinAnalyst;
import io.winnow.attack.AttackCatalog;
import io.winnow.mask.MaskedAlert;
import io.winnow.mask.RegexMasker;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A chain of scripted models in front of the real built-in analyst, on a clock the test moves. */
final class ChainFixture {
    static final AttackCatalog CATALOG = AttackCatalog.bundled();

    final MutableClock clock = new MutableClock(Alerts.T0);
    final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    AnalystChain chain(ChainSettings settings, Duration timeout, Analyst... models) {
        List<ChainLink> links = Arrays.stream(models).map(m -> new ChainLink(m, timeout)).toList();
        return new AnalystChain(links, new BuiltinAnalyst(CATALOG), CATALOG, settings, clock, metrics);
    }

    AnalystChain chain(Analyst... models) {
        return chain(ChainSettings.withConcurrency(8), Duration.ofSeconds(5), models);
    }

    /** A Falco alert the built-in analyst calls credential access with confidence 0.9. */
    static MaskedAlert shadowRead() {
        return new RegexMasker().mask(Alerts.shadowRead("A1")).alert();
    }

    static MaskedAlert masked(io.winnow.alert.Alert alert) {
        return new RegexMasker().mask(alert).alert();
    }

    double switches(String from, String to, String reason) {
        var counter = metrics.find("triage_model_switches_total").tag("from", from).tag("to", to)
                .tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
