package io.winnow.cli;

import io.winnow.App;
import io.winnow.ingest.Intake;
import io.winnow.mask.RegexMasker;
import io.winnow.triage.AlertFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LLM benchmark's workload is what docs/benchmarks.md says, and a run through the Ollama provider to the fake
 * server reports one model call per distinct alert.
 */
class LlmBenchTest {
    @Test
    void repeatsShareAFingerprintAndDistinctAlertsDoNot() {
        // given
        LlmBenchWorkload workload = LlmBenchWorkload.generate(200, 0.3, 7, "node-");
        Intake intake = new Intake(Clock.systemUTC(), () -> "X");
        // as in the bench run, hosts stay in clear: they are what tells the workload's alerts apart
        RegexMasker hostsInClear = new RegexMasker(new io.winnow.mask.MaskSettings(true,
                io.winnow.mask.MaskLevel.STANDARD, java.util.EnumSet.complementOf(java.util.EnumSet.of(
                io.winnow.mask.MaskCategory.HOSTS)), true, java.util.List.of(), java.util.List.of()));

        // when
        Map<Integer, Set<String>> fingerprints = new HashMap<>();
        for (int i = 0; i < workload.events().size(); i++) {
            String fingerprint = AlertFingerprint.of(hostsInClear.mask(intake.parse(workload.events().get(i),
                    null)).alert()).value();
            fingerprints.computeIfAbsent(workload.template().get(i), t -> new java.util.HashSet<>()).add(fingerprint);
        }

        // then
        assertThat(workload.distinct()).isEqualTo(140);
        assertThat(workload.events()).hasSize(200).doesNotHaveDuplicates();
        assertThat(fingerprints).hasSize(140).allSatisfy((template, set) -> assertThat(set).hasSize(1));
        assertThat(fingerprints.values().stream().flatMap(Set::stream).collect(Collectors.toSet())).hasSize(140);
    }

    @Test
    void reportsOneModelCallPerDistinctAlert(@TempDir Path dir) throws Exception {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LlmBench bench = new LlmBench(App::open, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // when
        bench.run(Map.of("store.data_dir", dir.toString(), "store.url", "", "server.port", "0"), 50, 0.3,
                Duration.ofMillis(1), 2);

        // then
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("llm_fake ollama wire format on loopback, answering after 1 ms", "llm_alerts 50\n",
                "llm_distinct_alerts 35\n", "llm_calls 35\n", "llm_cache_hits 15\n", "llm_overhead_p99_ms ");
    }
}
