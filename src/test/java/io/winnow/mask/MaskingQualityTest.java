package io.winnow.mask;

import io.winnow.alert.Alert;
import io.winnow.ingest.AlertParseException;
import io.winnow.ingest.Intake;
import io.winnow.mask.corpus.LeakReport;
import io.winnow.mask.corpus.LogCorpus;
import io.winnow.mask.corpus.Sample;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's goals, measured on a generated corpus of realistic lines with fake values (see {@link LogCorpus}): no
 * secret leaked, at most 1% of personal values leaked, at least 98% of what the analyst needs kept. The figures are
 * printed for the record.
 */
class MaskingQualityTest {
    private static final List<Sample> CORPUS = new LogCorpus(4L).generate(1_800, 8);
    private final RegexMasker masker = new RegexMasker();

    @Test
    void leaksNoSecretFewPersonalValuesAndKeepsWhatTheAnalystNeeds() {
        // when
        LeakReport report = LeakReport.measure(CORPUS, line -> masker.maskText(line).text());

        // then
        System.out.println(report.summary("masking quality, winnow mask (raw lines), " + CORPUS.size() + " lines"));
        String examples = String.join("\n", report.examples());
        assertThat(report.secrets()).isGreaterThanOrEqualTo(300);
        assertThat(report.secretKinds()).isGreaterThanOrEqualTo(35);
        assertThat(report.personal()).isGreaterThanOrEqualTo(1_000);
        assertThat(report.secretsLeaked()).as(examples).isZero();
        assertThat(report.personalLeakRate()).as(examples).isLessThanOrEqualTo(0.01);
        assertThat(report.keptRate()).as(examples).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void keepsTheSameGoalsWhenLinesArriveAsAlerts() {
        // given: each line through the intake, as the HTTP API and the CLI would take it
        AtomicInteger ids = new AtomicInteger();
        Intake intake = new Intake(Clock.fixed(Instant.parse("2025-11-18T05:00:00Z"), ZoneOffset.UTC),
                () -> "alert-" + ids.incrementAndGet());

        // when
        LeakReport report = LeakReport.measure(CORPUS, line -> masker.mask(parse(intake, line)).alert().text());

        // then
        System.out.println(report.summary("masking quality, alerts through the intake (what a model would get), "
                + CORPUS.size() + " lines"));
        String examples = String.join("\n", report.examples());
        assertThat(report.secretsLeaked()).as(examples).isZero();
        assertThat(report.personalLeakRate()).as(examples).isLessThanOrEqualTo(0.01);
    }

    private static Alert parse(Intake intake, String line) {
        if (line.startsWith("{")) {
            try {
                return intake.parse(line, null);
            } catch (AlertParseException notAnAlert) {
                return intake.parseRawLine(line);
            }
        }
        return intake.parseRawLine(line);
    }
}
