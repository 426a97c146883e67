package io.winnow.triage;

import io.winnow.alert.FalsePositive;
import io.winnow.alert.Finding;
import io.winnow.alert.Mitigations;
import io.winnow.analyst.Analyst;
import io.winnow.analyst.AnalystException;
import io.winnow.mask.MaskedAlert;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A model stand-in that counts its calls. It can be held until released (a slow model), fail, and it claims the
 * first external address of the alert as an indicator, by its mask token, as a model would.
 */
final class CountingAnalyst implements Analyst {
    final AtomicInteger calls = new AtomicInteger();
    volatile CountDownLatch gate = new CountDownLatch(0);
    volatile AnalystException failure;

    @Override
    public String name() {
        return "fake:slow";
    }

    @Override
    public Finding analyse(MaskedAlert alert) {
        calls.incrementAndGet();
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalystException(AnalystException.Reason.INTERNAL, "interrupted");
        }
        if (failure != null) {
            throw failure;
        }
        return new Finding("Brute force against root from [EXTERNAL-IP-1].", "Password guessing.",
                List.of(new Finding.Claim("T1110.001", "llm")), "HIGH", "TRUE_POSITIVE", 0.9, "credential-access",
                new FalsePositive(0.1, List.of()), List.of(new Finding.IocClaim("ipv4", "[EXTERNAL-IP-1]", "source")),
                new Mitigations(List.of("Block [EXTERNAL-IP-1]"), List.of(), List.of()), List.of(),
                "Many failures.", "fake:slow", List.of("fake:slow"), null, alert.text());
    }
}
