package io.winnow.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@code winnow eval} counts a hit. */
class EvalScoreTest {
    private static EvalScore.Result result(List<String> labelled, List<String> predicted, String tactic) {
        return new EvalScore.Result(1, new EvalLabel(null, labelled, List.of("credential-access")), predicted,
                tactic, true);
    }

    @Test
    void countsASubTechniqueAsAHitForItsParentAtBothLevels() {
        var r = result(List.of("T1110"), List.of("T1110.001"), "credential-access");

        assertThat(EvalScore.techniqueHit(r, 1)).isTrue();
        assertThat(EvalScore.exactHit(r, 1)).isTrue();
    }

    @Test
    void countsAParentOrSiblingForASubTechniqueLabelOnlyAtTheTechniqueLevel() {
        var parent = result(List.of("T1110.001"), List.of("T1110"), null);
        var sibling = result(List.of("T1110.001"), List.of("T1110.003"), null);

        assertThat(EvalScore.techniqueHit(parent, 1)).isTrue();
        assertThat(EvalScore.exactHit(parent, 1)).isFalse();
        assertThat(EvalScore.techniqueHit(sibling, 1)).isTrue();
        assertThat(EvalScore.exactHit(sibling, 1)).isFalse();
    }

    @Test
    void looksOnlyAtTheFirstKPredictions() {
        var r = result(List.of("T1003.008"), List.of("T1059", "T1105", "T1082", "T1003.008"), "execution");

        assertThat(EvalScore.techniqueHit(r, 1)).isFalse();
        assertThat(EvalScore.techniqueHit(r, 3)).isFalse();
        assertThat(EvalScore.techniqueHit(result(List.of("T1082"), r.predicted(), null), 3)).isTrue();
    }

    @Test
    void countsTheTacticWhenTheFirstTacticIsOneTheLabelAccepts() {
        assertThat(EvalScore.tacticHit(result(List.of("T1110"), List.of(), "credential-access"))).isTrue();
        assertThat(EvalScore.tacticHit(result(List.of("T1110"), List.of(), "discovery"))).isFalse();
        assertThat(EvalScore.tacticHit(result(List.of("T1110"), List.of(), null))).isFalse();
    }
}
