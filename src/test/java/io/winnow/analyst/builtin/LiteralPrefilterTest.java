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
        assertThat(LiteralPrefilter.of("(netcat|n)")).isEmpty();
    }

    @Test
    void neverRejectsTextThatABundledPatternMatches() throws IOException {
        PatternLibrary library = PatternLibrary.bundled(io.winnow.attack.AttackCatalog.bundled());
        StringBuilder corpus = new StringBuilder();
        for (String resource : java.util.List.of("/demo/scenario.jsonl", "/analyst/corpus/falco-alerts.jsonl",
                "/analyst/corpus/linux-commands.jsonl", "/analyst/corpus/windows-commands.jsonl")) {
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                corpus.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        int checked = 0;
        for (String line : corpus.toString().lines().toList()) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (BehaviorPattern p : library.patterns()) {
                for (Condition c : p.match()) {
                    if (c.prefilter() != null && c.regex().matcher(line).find()) {
                        checked++;
                        assertThat(c.prefilter().mayMatch(lower)).as(p.id() + " " + c.label()).isTrue();
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
        Pattern p = Pattern.compile("accepted (password|publickey) for", Pattern.CASE_INSENSITIVE);
        assertThat(LiteralPrefilter.of(p.pattern()).orElseThrow().mayMatch("accepted publickey for deploy")).isTrue();
    }
}
