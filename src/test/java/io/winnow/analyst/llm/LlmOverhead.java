package io.winnow.analyst.llm;

import io.winnow.analyst.llm.Wire.Answer;
import io.winnow.mask.MaskedAlert;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A manual measurement, not a test: what an LLM analyst costs beyond the model's own time. It prints the
 * per-alert time of prompt, tolerant reading, validation and mapping with a model that answers at once; the
 * per-call time through LangChain4j's Ollama client to a fake server on loopback; and the load and answer time of
 * the tiny generated GGUF model. Run it with
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.winnow.analyst.llm.LlmOverhead}
 * after {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 */
final class LlmOverhead {
    private static final int WARM_UP = 2_000;

    private LlmOverhead() {
    }

    public static void main(String[] args) throws Exception {
        MaskedAlert alert = LlmTestAlerts.sshBruteForce();
        String answer = Answer.VALID.text();
        LlmAnalyst inProcess = new LlmAnalyst("bench:instant", conversation -> answer, 0, 8, attempt -> { });
        report("in_process_overhead", measure(inProcess, alert, 20_000), "us", 1_000);

        try (FakeModelServer server = new FakeModelServer()) {
            for (int i = 0; i < WARM_UP + 2_000; i++) {
                server.reply(Wire.OLLAMA.answering(Answer.VALID));
            }
            LlmSettings settings = new LlmSettings(Provider.OLLAMA, "", server.url(), ApiKey.none(), Duration.ofSeconds(5), 0, 8, "");
            LlmAnalyst ollama = new LlmAnalysts(Map.of(), FileSystems.getDefault(), Clock.systemUTC()).build(settings).orElseThrow();
            report("ollama_fake_loopback_call", measure(ollama, alert, 2_000), "ms", 1_000_000);
        }

        Path model = Files.createTempFile("winnow-tiny", ".gguf");
        TinyGguf.write(model, 42);
        long start = System.nanoTime();
        try (LlmAnalysts.Configured gguf = new LlmAnalysts(Map.of(), FileSystems.getDefault(), Clock.systemUTC())
                .create(new LlmSection(new LlmSettings(Provider.GGUF, "", "", ApiKey.none(), Duration.ofMinutes(1), 0, 1,
                        model.toString()), Optional.empty(), false), true)) {
            long loaded = System.nanoTime();
            gguf.primary().orElseThrow().analyse(alert);
            long answered = System.nanoTime();
            System.out.printf("gguf_tiny_load_ms %.0f%ngguf_tiny_answer_ms %.0f%n", (loaded - start) / 1e6, (answered - loaded) / 1e6);
        } finally {
            Files.deleteIfExists(model);
        }
        System.exit(0);
    }

    private static long[] measure(LlmAnalyst analyst, MaskedAlert alert, int runs) {
        for (int i = 0; i < WARM_UP; i++) {
            analyst.analyse(alert);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            analyst.analyse(alert);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String name, long[] sorted, String unit, double divisor) {
        System.out.printf("%s_p50_%s %.1f%n%s_p99_%s %.1f%n", name, unit, sorted[sorted.length / 2] / divisor,
                name, unit, sorted[(int) (sorted.length * 0.99)] / divisor);
    }
}
