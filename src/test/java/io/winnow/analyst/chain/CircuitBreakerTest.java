package io.winnow.analyst.chain;

import io.winnow.alert.Finding;
import io.winnow.analyst.AnalystException;
import io.winnow.analyst.AnalystException.Reason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** A provider that is down costs no time per alert until it answers again; time is a clock the test moves. */
class CircuitBreakerTest {
    private final ChainFixture fx = new ChainFixture();
    private final ChainSettings settings = new ChainSettings(8, 3, Duration.ofSeconds(30), Duration.ofSeconds(2));
    private final AtomicBoolean up = new AtomicBoolean(false);
    private final ScriptedModel primary = new ScriptedModel("ollama:llama3", alert -> {
        if (!up.get()) {
            throw new AnalystException(Reason.UNREACHABLE, "connection refused");
        }
        return ScriptedModel.finding("ollama:llama3", "TRUE_POSITIVE", 0.9, "T1003.008");
    });
    private final AnalystChain chain = fx.chain(settings, Duration.ofSeconds(5), primary);

    private Finding analyse() {
        return chain.analyse(ChainFixture.shadowRead());
    }

    @Test
    void opensAfterConsecutiveOutagesAndThenSkipsTheProviderWithoutACall() {
        // when
        for (int i = 0; i < 10; i++) {
            analyse();
        }

        // then
        assertThat(primary.calls).hasValue(3);
        assertThat(analyse().modelPath()).containsExactly("ollama:llama3 circuit_open", "builtin");
        assertThat(fx.switches("ollama:llama3", "builtin", "circuit_open")).isEqualTo(8);
        assertThat(chain.health().getFirst().circuit()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void letsOneProbeThroughAfterTheCoolDownAndClosesWhenTheProviderAnswers() {
        // given
        for (int i = 0; i < 3; i++) {
            analyse();
        }
        up.set(true);
        fx.clock.advance(Duration.ofSeconds(29));
        assertThat(analyse().modelUsed()).as("still cooling down").isEqualTo("builtin");

        // when
        fx.clock.advance(Duration.ofSeconds(1));
        Finding probe = analyse();

        // then
        assertThat(probe.modelUsed()).isEqualTo("ollama:llama3");
        assertThat(analyse().modelUsed()).isEqualTo("ollama:llama3");
        assertThat(chain.health().getFirst().circuit()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void reopensForAnotherCoolDownWhenTheProbeFails() {
        // given
        for (int i = 0; i < 3; i++) {
            analyse();
        }
        fx.clock.advance(Duration.ofSeconds(30));

        // when
        analyse();
        analyse();

        // then: one probe call, then skipped again
        assertThat(primary.calls).hasValue(4);
        assertThat(chain.health().getFirst().circuit()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void wrongAnswersProveTheServerIsUpAndDoNotOpenTheCircuit() {
        // given
        ScriptedModel babbling = ScriptedModel.failing("ollama:llama3", Reason.INVALID_OUTPUT);
        AnalystChain chain = fx.chain(settings, Duration.ofSeconds(5), babbling);

        // when
        for (int i = 0; i < 10; i++) {
            chain.analyse(ChainFixture.shadowRead());
        }

        // then
        assertThat(babbling.calls).hasValue(10);
    }

    @Test
    void letsExactlyOneProbeThroughWhileHalfOpen() {
        // given
        CircuitBreaker breaker = new CircuitBreaker(1, Duration.ofSeconds(30), fx.clock);
        breaker.outage();
        fx.clock.advance(Duration.ofSeconds(30));

        // when
        boolean first = breaker.allow();
        boolean second = breaker.allow();

        // then
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
    }

    @Test
    void anAbandonedProbeLeavesTheNextCallToProbe() {
        // given
        CircuitBreaker breaker = new CircuitBreaker(1, Duration.ofSeconds(30), fx.clock);
        breaker.outage();
        fx.clock.advance(Duration.ofSeconds(30));
        breaker.allow();

        // when
        breaker.abandoned();

        // then
        assertThat(breaker.allow()).isTrue();
    }
}
