package io.winnow.mask;

import io.winnow.mask.corpus.LeakReport;
import io.winnow.mask.corpus.LogCorpus;
import io.winnow.mask.corpus.Sample;
import org.junit.jupiter.api.Test;

import java.util.List;

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
}
