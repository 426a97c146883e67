package io.winnow.analyst.chain;

import io.winnow.alert.Finding;
import io.winnow.analyst.AnalystException;
import io.winnow.analyst.AnalystException.Reason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Back-pressure: at most llm.max_concurrency model calls at once, over every link; the built-in is not limited. */
class ModelSlotsTest {
    private final ChainFixture fx = new ChainFixture();

    @Test
    void neverHasMoreModelCallsInFlightThanItsLimit() throws Exception {
        // given: a model that holds every call until released, and a limit of 2
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ScriptedModel model = new ScriptedModel("ollama:llama3", alert -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                release.await();
                return ScriptedModel.finding("ollama:llama3", "TRUE_POSITIVE", 0.9, "T1003.008");
            } catch (InterruptedException e) {
                throw new AnalystException(Reason.INTERNAL, "interrupted");
            } finally {
                inFlight.decrementAndGet();
            }
        });
        AnalystChain chain = fx.chain(new ChainSettings(2, 3, Duration.ofSeconds(30), Duration.ofSeconds(2)),
                Duration.ofSeconds(60), model);

        // when: six alerts at once; release only once two calls are in and four callers wait for a slot
        List<Future<Finding>> results = new ArrayList<>();
        List<Thread> callers = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> {
                    synchronized (callers) {
                        callers.add(Thread.currentThread());
                    }
                    return chain.analyse(ChainFixture.shadowRead());
                }));
            }
            awaitParked(callers, inFlight);
            assertThat(fx.metrics.get("triage_llm_calls_in_flight").gauge().value()).isEqualTo(2);
            release.countDown();
            for (Future<Finding> result : results) {
                assertThat(result.get().modelUsed()).isEqualTo("ollama:llama3");
            }
        }

        // then
        assertThat(most).hasValue(2);
        assertThat(model.calls).hasValue(6);
    }

    @Test
    void holdsTheSlotUntilAnAbandonedCallEndsAndSkipsTheLinkAsBusyMeanwhile() {
        // given: one slot, and a provider whose first call ignores interrupts until released
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        ScriptedModel stubborn = new ScriptedModel("ollama:llama3", alert -> {
            if (calls.incrementAndGet() == 1) {
                awaitUninterruptibly(release);
            }
            return ScriptedModel.finding("ollama:llama3", "TRUE_POSITIVE", 0.9, "T1003.008");
        });
        AnalystChain chain = fx.chain(new ChainSettings(1, 3, Duration.ofSeconds(30), Duration.ofSeconds(2)),
                Duration.ofMillis(100), stubborn);

        // when
        Finding abandoned = chain.analyse(ChainFixture.shadowRead());
        Finding waitedInVain = chain.analyse(ChainFixture.shadowRead());
        release.countDown();

        // then
        assertThat(abandoned.modelPath()).containsExactly("ollama:llama3 timeout", "builtin");
        assertThat(waitedInVain.modelPath()).containsExactly("ollama:llama3 busy", "builtin");
        assertThat(calls).hasValue(1);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitParked(List<Thread> callers, AtomicInteger inFlight) throws InterruptedException {
        while (true) {
            int waiting = 0;
            synchronized (callers) {
                for (Thread t : callers) {
                    if (t.getState() == Thread.State.TIMED_WAITING) {
                        waiting++;
                    }
                }
            }
            if (inFlight.get() == 2 && waiting == 6) {
                return;
            }
            Thread.sleep(5);
        }
    }
}
