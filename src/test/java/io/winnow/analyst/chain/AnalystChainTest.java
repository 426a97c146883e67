package io.winnow.analyst.chain;

import io.winnow.alert.Finding;
import io.winnow.analyst.AnalystException.Reason;
import io.winnow.mask.MaskedAlert;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** The way through the chain: which link answers, the path recorded and the switches counted. */
class AnalystChainTest {
    private final ChainFixture fx = new ChainFixture();

    @Test
    void thePrimaryAnswersWhenItCan() {
        // given
        ScriptedModel primary = ScriptedModel.answering("ollama:llama3", "TRUE_POSITIVE", 0.8, "T1003.008");
        ScriptedModel fallback = ScriptedModel.answering("openai:gpt-4o-mini", "TRUE_POSITIVE", 0.8);
        MaskedAlert alert = ChainFixture.shadowRead();

        // when
        Finding finding = fx.chain(primary, fallback).analyse(alert);

        // then
        assertThat(finding.modelUsed()).isEqualTo("ollama:llama3");
        assertThat(finding.modelPath()).containsExactly("ollama:llama3");
        assertThat(finding.sentText()).isEqualTo(alert.text());
        assertThat(fallback.calls).hasValue(0);
    }

    @Test
    void fallsBackWhenThePrimaryIsUnreachable() {
        // given
        ScriptedModel primary = ScriptedModel.failing("ollama:llama3", Reason.UNREACHABLE);
        ScriptedModel fallback = ScriptedModel.answering("openai:gpt-4o-mini", "TRUE_POSITIVE", 0.8, "T1003.008");

        // when
        Finding finding = fx.chain(primary, fallback).analyse(ChainFixture.shadowRead());

        // then
        assertThat(finding.modelUsed()).isEqualTo("openai:gpt-4o-mini");
        assertThat(finding.modelPath()).containsExactly("ollama:llama3 unreachable", "openai:gpt-4o-mini");
        assertThat(fx.switches("ollama:llama3", "openai:gpt-4o-mini", "unreachable")).isEqualTo(1);
    }

    @Test
    void enforcesTheTimeoutOnAProviderThatNeverAnswers() {
        // given: a provider that would hang for ever, and a short timeout
        CountDownLatch never = new CountDownLatch(1);
        ScriptedModel primary = ScriptedModel.hanging("ollama:llama3", never);
        ScriptedModel fallback = ScriptedModel.answering("openai:gpt-4o-mini", "TRUE_POSITIVE", 0.8, "T1003.008");
        AnalystChain chain = fx.chain(ChainSettings.withConcurrency(8), Duration.ofMillis(100), primary, fallback);

        // when
        Finding finding = chain.analyse(ChainFixture.shadowRead());

        // then
        assertThat(finding.modelPath()).containsExactly("ollama:llama3 timeout", "openai:gpt-4o-mini");
        assertThat(fx.switches("ollama:llama3", "openai:gpt-4o-mini", "timeout")).isEqualTo(1);
    }

    @Test
    void fallsBackOnInvalidOutput() {
        // given
        ScriptedModel primary = ScriptedModel.failing("ollama:llama3", Reason.INVALID_OUTPUT);
        ScriptedModel fallback = ScriptedModel.answering("openai:gpt-4o-mini", "TRUE_POSITIVE", 0.8, "T1003.008");

        // when
        Finding finding = fx.chain(primary, fallback).analyse(ChainFixture.shadowRead());

        // then
        assertThat(finding.modelPath()).containsExactly("ollama:llama3 invalid_output", "openai:gpt-4o-mini");
    }

    @Test
    void passesOverAnAnswerBelowHalfConfidence() {
        // given
        ScriptedModel primary = ScriptedModel.answering("ollama:llama3", "TRUE_POSITIVE", 0.3, "T1003.008");
        ScriptedModel fallback = ScriptedModel.answering("openai:gpt-4o-mini", "TRUE_POSITIVE", 0.8, "T1003.008");

        // when
        Finding finding = fx.chain(primary, fallback).analyse(ChainFixture.shadowRead());

        // then
        assertThat(finding.modelPath()).containsExactly("ollama:llama3 low_confidence", "openai:gpt-4o-mini");
        assertThat(fx.switches("ollama:llama3", "openai:gpt-4o-mini", "low_confidence")).isEqualTo(1);
    }

    @Test
    void theBuiltinAnalystClosesTheChainWhenEveryModelFails() {
        // given
        ScriptedModel primary = ScriptedModel.failing("ollama:llama3", Reason.TIMEOUT);
        ScriptedModel fallback = ScriptedModel.failing("openai:gpt-4o-mini", Reason.RATE_LIMITED);
        MaskedAlert alert = ChainFixture.shadowRead();

        // when
        Finding finding = fx.chain(primary, fallback).analyse(alert);

        // then
        assertThat(finding.modelUsed()).isEqualTo("builtin");
        assertThat(finding.verdict()).isEqualTo("TRUE_POSITIVE");
        assertThat(finding.modelPath())
                .containsExactly("ollama:llama3 timeout", "openai:gpt-4o-mini rate_limited", "builtin");
        assertThat(finding.consensus()).isNull();
        assertThat(finding.sentText()).as("the text did go out to the models that failed").isEqualTo(alert.text());
        assertThat(fx.switches("openai:gpt-4o-mini", "builtin", "rate_limited")).isEqualTo(1);
    }

    @Test
    void saysNothingWasSentWhenNoModelWasReached() {
        // given
        ScriptedModel primary = ScriptedModel.failing("ollama:llama3", Reason.UNREACHABLE);

        // when
        Finding finding = fx.chain(primary).analyse(ChainFixture.shadowRead());

        // then
        assertThat(finding.modelPath()).containsExactly("ollama:llama3 unreachable", "builtin");
        assertThat(finding.sentText()).isNull();
    }

    @Test
    void aProviderBugIsAnInternalFailureAndFallsBack() {
        // given
        ScriptedModel primary = new ScriptedModel("ollama:llama3", alert -> {
            throw new IllegalStateException("bug");
        });

        // when
        Finding finding = fx.chain(primary).analyse(ChainFixture.shadowRead());

        // then
        assertThat(finding.modelPath()).containsExactly("ollama:llama3 internal", "builtin");
    }

    @Test
    void isNamedForItsPrimaryAndTellsModelAnswersFromBuiltinOnes() {
        // given
        AnalystChain chain = fx.chain(ScriptedModel.failing("ollama:llama3", Reason.UNREACHABLE));

        // when
        Finding finding = chain.analyse(ChainFixture.shadowRead());

        // then
        assertThat(chain.name()).isEqualTo("ollama:llama3");
        assertThat(chain.answeredByModel(finding)).isFalse();
        assertThat(chain.answeredByModel(ScriptedModel.finding("ollama:llama3", "TRUE_POSITIVE", 0.9))).isTrue();
    }
}
