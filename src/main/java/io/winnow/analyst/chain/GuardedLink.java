package io.winnow.analyst.chain;

import io.winnow.alert.Finding;
import io.winnow.analyst.AnalystException;
import io.winnow.analyst.Reachability;
import io.winnow.mask.MaskedAlert;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One model link with its guards: the circuit breaker, a slot from the chain's shared limit on model calls, and a
 * timeout enforced here whatever the provider does (the call runs on its own virtual thread, which is interrupted
 * when time is up). The slot is held until the call really ends, so the limit counts calls a provider is still
 * serving even after the chain gave up on them.
 */
final class GuardedLink {
    private final ChainLink link;
    private final CircuitBreaker breaker;
    private final Semaphore slots;

    GuardedLink(ChainLink link, ChainSettings settings, Semaphore slots, Clock clock) {
        this.link = link;
        this.breaker = new CircuitBreaker(settings.breakerThreshold(), settings.breakerCoolDown(), clock);
        this.slots = slots;
    }

    /** What became of one call. */
    sealed interface Attempt {
        record Answered(Finding finding) implements Attempt {
        }

        record Missed(SwitchReason reason) implements Attempt {
        }
    }

    String label() {
        return link.analyst().name();
    }

    CircuitState circuit() {
        return breaker.state();
    }

    Reachability reachability() {
        return Reachability.of(link.analyst());
    }

    Attempt call(MaskedAlert alert) {
        if (!breaker.allow()) {
            return new Attempt.Missed(SwitchReason.CIRCUIT_OPEN);
        }
        long timeoutNanos = link.timeout().toNanos();
        try {
            if (!slots.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS)) {
                breaker.abandoned();
                return new Attempt.Missed(SwitchReason.BUSY);
            }
        } catch (InterruptedException e) {
            breaker.abandoned();
            Thread.currentThread().interrupt();
            throw new AnalystException(AnalystException.Reason.INTERNAL, "interrupted while waiting for a model slot");
        }
        CompletableFuture<Finding> answer = new CompletableFuture<>();
        Thread call = Thread.ofVirtual().name("winnow-model-call").start(() -> {
            Finding finding = null;
            Throwable failure = null;
            try {
                finding = link.analyst().analyse(alert);
            } catch (Throwable e) {
                failure = e;
            } finally {
                // Free the slot before the caller wakes, so that the next alert finds it free.
                slots.release();
            }
            if (failure != null) {
                answer.completeExceptionally(failure);
            } else {
                answer.complete(finding);
            }
        });
        // The call gets its whole timeout: a wait for a slot is our own back-pressure, not the provider's slowness,
        // and must not turn into timeouts that open its circuit.
        return await(answer, call, timeoutNanos);
    }

    private Attempt await(CompletableFuture<Finding> answer, Thread call, long nanos) {
        try {
            Finding finding = answer.get(nanos, TimeUnit.NANOSECONDS);
            breaker.answered();
            return finding == null ? new Attempt.Missed(SwitchReason.INVALID_OUTPUT) : new Attempt.Answered(finding);
        } catch (TimeoutException e) {
            call.interrupt();
            breaker.outage();
            return new Attempt.Missed(SwitchReason.TIMEOUT);
        } catch (ExecutionException e) {
            SwitchReason reason = e.getCause() instanceof AnalystException failure
                    ? SwitchReason.of(failure.reason()) : SwitchReason.INTERNAL;
            if (reason.outage()) {
                breaker.outage();
            } else {
                breaker.answered();
            }
            return new Attempt.Missed(reason);
        } catch (InterruptedException e) {
            call.interrupt();
            breaker.abandoned();
            Thread.currentThread().interrupt();
            throw new AnalystException(AnalystException.Reason.INTERNAL, "interrupted while waiting for a model");
        }
    }
}
