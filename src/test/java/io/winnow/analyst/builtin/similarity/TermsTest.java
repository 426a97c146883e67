package io.winnow.analyst.builtin.similarity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermsTest {
    @Test
    void splitsPathsIntoWordsAndNeighbouringPairs() {
        assertThat(Terms.of("cat /etc/shadow")).containsExactly("cat", "etc", "cat etc", "shadow", "etc shadow");
    }

    @Test
    void keepsCommandLineFlagsWithTheirDashes() {
        assertThat(Terms.of("nc -e /bin/sh")).contains("nc -e", "-e bin").doesNotContain("-e");
        assertThat(Terms.of("powershell -enc x")).contains("-enc");
        assertThat(Terms.of("curl --upload-file x")).contains("--upload-file");
        assertThat(Terms.of("Multi-Factor")).containsExactly("multi", "factor", "multi factor");
    }

    @Test
    void dropsStopWordsAndPluralsAndBreaksPhrasesAtStopWords() {
        assertThat(Terms.of("Failed passwords for the users")).containsExactly("failed", "password",
                "failed password", "user");
        assertThat(Terms.stem("access")).isEqualTo("access");
        assertThat(Terms.stem("status")).isEqualTo("status");
    }

    @Test
    void readsOnlyTheStartOfVeryLongText() {
        assertThat(Terms.of("word ".repeat(10_000))).hasSizeLessThan(2 * Terms.MAX_CHARS / 5 + 2);
    }
}
