package io.winnow.analyst.builtin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LiteralPrefilterTest {
    @Test
    void takesTheLongestRequiredLiteralOfEachAlternative() {
        assertThat(LiteralPrefilter.of("sensitive file|/etc/shadow|shadow file").orElseThrow().literals())
                .containsExactly("sensitive file", "/etc/shadow", "shadow file");
        assertThat(LiteralPrefilter.of("brute ?force|failed password for").orElseThrow().literals())
                .containsExactly("brute", "failed password for");
        assertThat(LiteralPrefilter.of("shell (spawned |was spawned )?in (a )?container").orElseThrow().literals())
                .containsExactly("container");
        assertThat(LiteralPrefilter.of("\\bCVE-\\d{4}-\\d{4,7}\\b").orElseThrow().literals())
                .containsExactly("cve-");
    }

    @Test
    void givesNoPrefilterWhenAnAlternativeHasNoLiteral() {
        assertThat(LiteralPrefilter.of("ab|\\d+")).isEmpty();
        assertThat(LiteralPrefilter.of("(netcat|nc)")).isEmpty();
    }

    @Test
    void neverRejectsTextThatTheBundledSignalsMatch() throws IOException {
        Knowledge k = Knowledge.bundled();
        String corpus;
        try (InputStream in = getClass().getResourceAsStream("/demo/scenario.jsonl")) {
            corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int checked = 0;
        for (String line : corpus.lines().toList()) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (Knowledge.RuleSignal s : k.ruleSignals()) {
                if (s.pattern().matcher(line).find()) {
                    checked++;
                    assertThat(s.matches(line, lower)).as(s.id()).isTrue();
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        Pattern p = Pattern.compile("accepted (password|publickey) for", Pattern.CASE_INSENSITIVE);
        assertThat(LiteralPrefilter.of(p.pattern()).orElseThrow().mayMatch("accepted publickey for deploy")).isTrue();
    }
}
