package io.winnow.mask;

import io.winnow.mask.corpus.LogCorpus;
import io.winnow.mask.corpus.Sample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that hold for any text, checked on generated log lines and on random splices of them with odd
 * characters: masking is idempotent, changes nothing outside the spans it replaces, and unmasking restores every
 * reversible value exactly.
 */
class MaskingPropertiesTest {
    private static final Pattern REPLACEMENT = Pattern.compile(MaskMap.TOKEN.pattern() + "|"
            + KeepTokenDetector.REDACTION.pattern());
    private static final List<String> INPUTS = inputs();

    private final RegexMasker masker = new RegexMasker();

    private static List<String> inputs() {
        List<String> lines = new LogCorpus(7L).generate(900, 2).stream().map(Sample::line).toList();
        Random random = new Random(11);
        String odd = " \t:=@/\\\"'[]{}()-_.,;|&%$#!?~`<>äöü中文🙂\u0000";
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < 1_500; i++) {
            String a = lines.get(random.nextInt(lines.size()));
            String b = lines.get(random.nextInt(lines.size()));
            int cutA = random.nextInt(a.length());
            int cutB = random.nextInt(b.length());
            StringBuilder noise = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                noise.append(odd.charAt(random.nextInt(odd.length())));
            }
            out.add(a.substring(0, cutA) + noise + b.substring(cutB));
        }
        return out;
    }

    @Test
    void maskingMaskedTextChangesNothing() {
        for (String input : INPUTS) {
            // given
            String once = masker.maskText(input).text();

            // when
            String twice = masker.maskText(once).text();

            // then
            assertThat(twice).as(input).isEqualTo(once);
        }
    }

    @Test
    void changesNothingOutsideTheSpansItReplaces() {
        for (String input : INPUTS) {
            // when
            String masked = masker.maskText(input).text();

            // then: the input matches the masked text with each token or redaction read as "some text"
            assertThat(asPattern(masked).matcher(input).matches()).as(input + "\n -> " + masked).isTrue();
        }
    }

    @Test
    void unmaskingRestoresEveryReversibleValueExactly() {
        for (String input : INPUTS) {
            // when
            Masking masking = masker.mask(TestAlerts.withoutHost(input));
            String restored = masking.map().unmask(masking.alert().message());

            // then: exactly the input, or, where secrets were redacted, the input outside the redactions
            if (restored.contains("[REDACTED-") && !input.contains("[REDACTED-")) {
                assertThat(asPattern(restored).matcher(input).matches()).as(input).isTrue();
            } else {
                assertThat(restored).isEqualTo(input);
            }
        }
    }

    /** The masked text as a pattern: literal text, and any non-empty text where a token or redaction stands. */
    private static Pattern asPattern(String masked) {
        StringBuilder regex = new StringBuilder();
        Matcher m = REPLACEMENT.matcher(masked);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(masked.substring(at, m.start()))).append("(?:").append(Pattern.quote(m.group()))
                    .append("|.+?)");
            at = m.end();
        }
        regex.append(Pattern.quote(masked.substring(at)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
