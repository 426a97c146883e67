package io.winnow;

import io.winnow.analyst.Analyst;
import io.winnow.analyst.AnalystException;
import io.winnow.analyst.chain.ChainLink;
import io.winnow.mask.MaskedAlert;
import io.winnow.triage.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** App wires the chain and the cache only when model analysts are given, and honours cache.enabled. */
class AppChainWiringTest {
    private static final Analyst DOWN = new Analyst() {
        @Override
        public String name() {
            return "ollama:llama3";
        }

        @Override
        public io.winnow.alert.Finding analyse(MaskedAlert alert) {
            throw new AnalystException(AnalystException.Reason.UNREACHABLE, "connection refused");
        }
    };

    @Test
    void theBuiltinAnalystAloneNeedsNoCache(@TempDir Path dir) {
        try (Engine engine = TestEngines.sqlite(dir)) {
            assertThat(engine.analystName()).isEqualTo("builtin");
            assertThat(engine.pipeline().cache().stats().enabled()).isFalse();
            assertThat(engine.models().get()).isEmpty();
        }
    }

    @Test
    void modelsGetAChainAndACache(@TempDir Path dir) {
        try (Engine engine = App.open(TestEngines.config(dir, Map.of()), Clock.systemUTC(),
                List.of(new ChainLink(DOWN, Duration.ofSeconds(5))))) {
            assertThat(engine.analystName()).isEqualTo("ollama:llama3");
            assertThat(engine.pipeline().cache().stats().enabled()).isTrue();
            assertThat(engine.models().get()).singleElement().satisfies(m -> assertThat(m.role()).isEqualTo("primary"));
        }
    }

    @Test
    void theCacheCanBeSwitchedOff(@TempDir Path dir) {
        try (Engine engine = App.open(TestEngines.config(dir, Map.of("cache.enabled", "false")), Clock.systemUTC(),
                List.of(new ChainLink(DOWN, Duration.ofSeconds(5))))) {
            assertThat(engine.pipeline().cache().stats().enabled()).isFalse();
        }
    }

    @Test
    void aConfiguredProviderThatCannotBeReachedFallsBackToTheBuiltinAnalyst(@TempDir Path dir) {
        // given: Ollama configured on a port nobody listens on
        Map<String, String> llm = Map.of("llm.provider", "ollama", "llm.base_url", "http://127.0.0.1:1",
                "llm.model", "llama3.1");
        try (Engine engine = App.open(TestEngines.config(dir, llm))) {
            var alert = engine.pipeline().parseRawLine(
                    "Nov 22 10:15:30 bastion sshd[811]: Failed password for root from 203.0.113.50 port 40022 ssh2");

            // when
            var outcome = (io.winnow.triage.Outcome.Analysed) engine.pipeline().triage(alert, false);

            // then
            assertThat(engine.analystName()).isEqualTo("ollama:llama3.1");
            assertThat(outcome.analysis().modelPath()).containsExactly("ollama:llama3.1 unreachable", "builtin");
            assertThat(outcome.analysis().modelUsed()).isEqualTo("builtin");
            assertThat(outcome.analysis().sentText()).isNull();
        }
    }
}
