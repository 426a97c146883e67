package io.winnow.analyst.llm;

import io.winnow.alert.Finding;
import io.winnow.analyst.AnalystException;
import io.winnow.analyst.AnalystException.Reason;
import io.winnow.mask.MaskedAlert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The in-process provider, end to end: a GGUF file this test writes itself, loaded by llama.cpp and sampled under
 * the grammar made from the analysis schema. Skipped, saying why, where llama.cpp's native library cannot load.
 */
class GgufAnalystTest {
    @TempDir
    static Path dir;
    static Path model;
    static LlmAnalyst analyst;

    @BeforeAll
    static void loadTheTinyModel() throws IOException {
        try {
            NativeLlama.load();
        } catch (UnsatisfiedLinkError e) {
            Assumptions.abort("llama.cpp's native library cannot load on this machine, so the GGUF provider is not"
                    + " tested here: " + e.getMessage());
        }
        model = dir.resolve("tiny.gguf");
        TinyGguf.write(model, 42);
        analyst = factory(Clock.systemUTC()).create(section(model.toString(), Duration.ofSeconds(60)), true)
                .primary().orElseThrow();
    }

    @AfterAll
    static void closeTheModel() {
        if (analyst != null) {
            analyst.close();
        }
    }

    private static LlmAnalysts factory(Clock clock) {
        return new LlmAnalysts(Map.of(), FileSystems.getDefault(), clock);
    }

    private static LlmSection section(String path, Duration timeout) {
        return new LlmSection(new LlmSettings(Provider.GGUF, "", "", ApiKey.none(), timeout, 0, 2, path),
                Optional.empty(), false);
    }

    @Test
    void answersInTheSchemasShapeThroughTheGrammar() {
        // given
        MaskedAlert alert = LlmTestAlerts.sshBruteForce();

        // when
        Finding finding = analyst.analyse(alert);

        // then: a random model gives nonsense, but nonsense of the right shape, so it passed validation
        assertThat(analyst.name()).isEqualTo("gguf:tiny");
        assertThat(finding.modelUsed()).isEqualTo("gguf:tiny");
        assertThat(finding.summary()).isNotBlank();
        assertThat(AnalysisSchema.SEVERITIES).contains(finding.severity());
        assertThat(AnalysisSchema.VERDICTS).contains(finding.verdict());
        assertThat(finding.confidence()).isBetween(0.0, 1.0);
        assertThat(finding.sentText()).contains(AlertPrompt.BEGIN + "\n" + alert.text() + "\n" + AlertPrompt.END);
        LlmTestAlerts.SENSITIVE.forEach(value -> assertThat(finding.sentText()).doesNotContain(value));
    }

    @Test
    void cancelsAGenerationThatPassesItsDeadline() {
        // given: a clock on which a minute passes between two readings
        Clock racing = new Clock() {
            private Instant now = Instant.parse("2025-11-22T10:00:00Z");

            @Override
            public synchronized Instant instant() {
                now = now.plus(Duration.ofMinutes(1));
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };

        // when
        AnalystException e;
        try (LlmAnalysts.Configured slow = factory(racing).create(section(model.toString(), Duration.ofSeconds(5)), true)) {
            e = catchThrowableOfType(AnalystException.class, () -> slow.primary().orElseThrow().analyse(LlmTestAlerts.sshBruteForce()));
        }

        // then
        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.getMessage()).startsWith("gguf:tiny: no answer within 5000 ms");
    }

    @Test
    void refusesAFileThatIsNotAGgufModel() throws IOException {
        // given
        Path notAModel = Files.writeString(dir.resolve("notes.gguf"), "GGUF? no: these are someone's notes\n");

        // when
        LlmSetupException e = catchThrowableOfType(LlmSetupException.class,
                () -> factory(Clock.systemUTC()).create(section(notAModel.toString(), Duration.ofSeconds(5)), true));

        // then
        assertThat(e.problems()).singleElement().asString().startsWith("llm.model_path:").doesNotContain("notes");
    }
}
