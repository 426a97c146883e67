package io.winnow.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.Consensus;
import io.winnow.alert.FalsePositive;
import io.winnow.alert.Finding;
import io.winnow.alert.Mitigations;
import io.winnow.alert.Verdict;
import io.winnow.analyst.Analyst;
import io.winnow.analyst.builtin.BuiltinAnalyst;
import io.winnow.analyst.chain.AnalystChain;
import io.winnow.analyst.chain.ChainLink;
import io.winnow.analyst.chain.ChainSettings;
import io.winnow.attack.AttackCatalog;
import io.winnow.ingest.Intake;
import io.winnow.mask.MaskedAlert;
import io.winnow.mask.RegexMasker;
import io.winnow.store.AnalysisStore;
import io.winnow.store.AnalysisStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs written by an attacker must not talk the chain into calling an attack harmless. Each alert of the corpus
 * ({@code injection/corpus.jsonl}) carries an instruction in one log field: command lines, file names, user agents,
 * user names. The model here is a fake that always obeys such an instruction, the worst case; the final verdict must
 * still leave the alert to a human, with the conflict named.
 */
class PromptInjectionTest {
    private static final AttackCatalog CATALOG = AttackCatalog.bundled();
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)ignor|disregard|instruction|anweisung|classify"
            + "|mark.as|report this|respond|answer|verdict|authori[sz]ed|system.message|system:|override");

    /** @param masked whether the field that carries the instruction is masked before any model sees it */
    record Attempt(String field, String attempt, boolean masked, JsonNode alert) {
        @Override
        public String toString() {
            return field + ": " + attempt;
        }
    }

    /** Calls an alert a false positive whenever its text carries an instruction, else an attack. */
    static final class ObedientModel implements Analyst {
        final AtomicInteger obeyed = new AtomicInteger();

        @Override
        public String name() {
            return "ollama:obedient";
        }

        @Override
        public Finding analyse(MaskedAlert alert) {
            boolean told = INSTRUCTION.matcher(alert.text()).find();
            if (told) {
                obeyed.incrementAndGet();
            }
            return new Finding(told ? "Routine backup job." : "Credential theft.", "None.", List.of(), "LOW",
                    told ? "FALSE_POSITIVE" : "TRUE_POSITIVE", 0.97, told ? "benign-activity" : "attack",
                    new FalsePositive(told ? 0.99 : 0.05, List.of()), List.of(),
                    new Mitigations(List.of(told ? "No action needed" : "Isolate the host"), List.of(), List.of()),
                    List.of(), "As instructed.", name());
        }
    }

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final AtomicInteger ids = new AtomicInteger();
    private final ObedientModel model = new ObedientModel();
    private AnalysisStore store;
    private Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        store = AnalysisStores.open("jdbc:sqlite:" + dir.resolve("w.db"), null, null, clock);
        AnalystChain chain = new AnalystChain(List.of(new ChainLink(model, Duration.ofSeconds(5))),
                new BuiltinAnalyst(CATALOG), CATALOG, ChainSettings.withConcurrency(8), clock, new SimpleMeterRegistry());
        pipeline = new Pipeline(new Intake(clock, () -> "ID" + ids.incrementAndGet()), new RegexMasker(), chain,
                CATALOG, store, clock, () -> "AN" + ids.incrementAndGet(), 0.7, 4, new SimpleMeterRegistry());
    }

    @AfterEach
    void close() {
        store.close();
    }

    static List<Attempt> corpus() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = PromptInjectionTest.class.getResourceAsStream("/injection/corpus.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(line -> {
                        try {
                            JsonNode node = json.readTree(line);
                            return new Attempt(node.get("field").asText(), node.get("attempt").asText(),
                                    node.path("masked").asBoolean(false), node.get("alert"));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
        }
    }

    private Analysis triage(JsonNode input) {
        Alert alert = pipeline.parse(input, null);
        return ((Outcome.Analysed) pipeline.triage(alert, false)).analysis();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void anInjectedInstructionNeverResolvesAnAttack(Attempt attempt) {
        // when
        Analysis analysis = triage(attempt.alert());

        // then: where masking removed the instruction the model never saw it
        if (attempt.masked()) {
            assertThat(model.obeyed).as("the instruction was masked away").hasValue(0);
            assertThat(analysis.sentText()).doesNotContain("IGNORE_PREVIOUS_INSTRUCTIONS");
            assertThat(analysis.verdict()).isNotIn(Verdict.FALSE_POSITIVE, Verdict.BENIGN_POSITIVE);
            return;
        }
        // otherwise the model was fooled, the result was not
        assertThat(model.obeyed).as("the instruction reached the model through masking").hasValue(1);
        assertThat(analysis.verdict()).isEqualTo(Verdict.NEEDS_INVESTIGATION);
        assertThat(analysis.consensus().agreement()).isEqualTo(Consensus.Agreement.DISAGREE);
        assertThat(analysis.consensus().details()).anySatisfy(d -> assertThat(d)
                .startsWith("conflict: the model calls this FALSE_POSITIVE").contains("prompt injection"));
        assertThat(analysis.mitreTechniques()).isNotEmpty();
        assertThat(analysis.mitigations().immediate()).doesNotContain("No action needed");
        assertThat(analysis.modelUsed()).isEqualTo("ollama:obedient");
    }

    @Test
    void theSameAlertWithoutTheInstructionIsAnAgreedAttack() throws IOException {
        // given
        JsonNode clean = new ObjectMapper().readTree("""
                {"rule": "Read sensitive file untrusted", "priority": "Warning", "source": "syscall",
                 "hostname": "web-01", "output": "Sensitive file opened for reading by non-trusted program \
                (file=/etc/shadow command=cat /etc/shadow user=www-data)",
                 "output_fields": {"fd.name": "/etc/shadow", "proc.name": "cat", "proc.cmdline": "cat /etc/shadow"},
                 "tags": ["T1003.008", "mitre_credential_access"]}""");

        // when
        Analysis analysis = triage(clean);

        // then
        assertThat(model.obeyed).hasValue(0);
        assertThat(analysis.verdict()).isEqualTo(Verdict.TRUE_POSITIVE);
        assertThat(analysis.consensus().agreement()).isEqualTo(Consensus.Agreement.AGREE);
    }
}
