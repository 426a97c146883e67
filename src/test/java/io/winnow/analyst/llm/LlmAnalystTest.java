package io.winnow.analyst.llm;

import io.winnow.analyst.AnalystException;
import io.winnow.analyst.AnalystException.Reason;
import io.winnow.analyst.llm.Wire.Answer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the analyst does around the model call, whatever the provider: retries, and the limit on calls in flight. */
class LlmAnalystTest {
    private final List<Integer> pauses = new ArrayList<>();

    private LlmAnalyst analyst(ModelClient client, int retries, int concurrency) {
        return new LlmAnalyst("test:model", client, retries, concurrency, pauses::add);
    }

    private static ModelClient failing(Reason reason, AtomicInteger calls) {
        return conversation -> {
            calls.incrementAndGet();
            throw new AnalystException(reason, "test:model: failed");
        };
    }

    @Test
    void retriesRateLimitsAndServerErrorsUpToTheLimitWithGrowingPauses() {
        // given
        AtomicInteger calls = new AtomicInteger();

        // when
        AnalystException e = catchThrowableOfType(AnalystException.class,
                () -> analyst(failing(Reason.INTERNAL, calls), 2, 1).analyse(LlmTestAlerts.sshBruteForce()));

        // then
        assertThat(e.reason()).isEqualTo(Reason.INTERNAL);
        assertThat(calls).hasValue(3);
        assertThat(pauses).containsExactly(0, 1);
    }

    @Test
    void neverRetriesATimeoutAnUnreachableServerOrARefusal() {
        for (Reason reason : List.of(Reason.TIMEOUT, Reason.UNREACHABLE, Reason.REJECTED)) {
            AtomicInteger calls = new AtomicInteger();
            AnalystException e = catchThrowableOfType(AnalystException.class,
                    () -> analyst(failing(reason, calls), 3, 1).analyse(LlmTestAlerts.sshBruteForce()));
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(calls).as(reason.name()).hasValue(1);
        }
        assertThat(pauses).isEmpty();
    }

    @Test
    void keepsAtMostMaxConcurrencyCallsInFlight() throws Exception {
        // given: a model that holds every call until released
        AtomicInteger active = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ModelClient slow = conversation -> {
            most.accumulateAndGet(active.incrementAndGet(), Math::max);
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            active.decrementAndGet();
            return Answer.VALID.text();
        };
        LlmAnalyst analyst = analyst(slow, 0, 2);
        ExecutorService callers = Executors.newFixedThreadPool(5);

        // when: five callers, two slots
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(callers.submit(() -> analyst.analyse(LlmTestAlerts.sshBruteForce())));
        }
        while (analyst.waitingForASlot() < 3 || active.get() < 2) {
            Thread.onSpinWait();
        }

        // then
        assertThat(active).hasValue(2);
        release.countDown();
        for (Future<?> call : calls) {
            call.get(30, TimeUnit.SECONDS);
        }
        callers.shutdown();
        assertThat(most).hasValue(2);
    }
}
