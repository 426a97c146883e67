package io.winnow.analyst.chain;

import io.winnow.Alerts;
import io.winnow.alert.Consensus.Agreement;
import io.winnow.alert.Entity;
import io.winnow.alert.EntityType;
import io.winnow.alert.Finding;
import io.winnow.analyst.builtin.BuiltinAnalyst;
import io.winnow.mask.MaskedAlert;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every model answer is weighed against the built-in analyst's opinion of the same alert. */
class ConsensusTest {
    private final ChainFixture fx = new ChainFixture();

    private Finding answer(MaskedAlert alert, String verdict, double confidence, String... techniques) {
        return fx.chain(ScriptedModel.answering("ollama:llama3", verdict, confidence, techniques)).analyse(alert);
    }

    /** The built-in analyst's own confidence, which the consensus rules weigh against the model's. */
    private static double builtinConfidence(MaskedAlert alert) {
        return new BuiltinAnalyst(ChainFixture.CATALOG).analyse(alert).confidence();
    }

    @Test
    void agreementOnVerdictAndTacticRaisesConfidence() {
        // when: the built-in analyst sees credential access with high confidence, and so does the model
        double builtin = builtinConfidence(ChainFixture.shadowRead());
        Finding finding = answer(ChainFixture.shadowRead(), "TRUE_POSITIVE", 0.6, "T1003.008");

        // then: 0.6 + 0.4 × builtin / 2
        double raised = 0.6 + 0.4 * builtin / 2;
        assertThat(builtin).isGreaterThanOrEqualTo(0.9);
        assertThat(finding.consensus().agreement()).isEqualTo(Agreement.AGREE);
        assertThat(finding.consensus().details()).isEmpty();
        assertThat(finding.confidence()).isCloseTo(raised, within(1e-9));
        assertThat(finding.reasoning()).endsWith(String.format(java.util.Locale.ROOT,
                "confidence was raised from 0.60 to %.2f.", raised));
    }

    @Test
    void aDifferentTacticIsRecordedAsPartialAgreement() {
        // when: the model calls the shadow read network discovery
        Finding finding = answer(ChainFixture.shadowRead(), "TRUE_POSITIVE", 0.8, "T1046");

        // then
        assertThat(finding.consensus().agreement()).isEqualTo(Agreement.PARTIAL);
        assertThat(finding.consensus().details()).singleElement().asString()
                .startsWith("tactic: the model says discovery, the built-in analyst credential-access");
        assertThat(finding.verdict()).isEqualTo("TRUE_POSITIVE");
        assertThat(finding.confidence()).isEqualTo(0.8);
    }

    @Test
    void anOpenVerdictAgainstADecidedOneIsPartial() {
        // when
        Finding finding = answer(ChainFixture.shadowRead(), "NEEDS_INVESTIGATION", 0.7, "T1003.008");

        // then
        assertThat(finding.consensus().agreement()).isEqualTo(Agreement.PARTIAL);
        assertThat(finding.consensus().details()).containsExactly(
                "verdict: the model says NEEDS_INVESTIGATION, the built-in analyst TRUE_POSITIVE");
    }

    @Test
    void aModelThatSeesAnAttackWhereTheBuiltinSeesRoutineWorkIsRecordedButStands() {
        // given: dpkg writing below /etc, which the built-in analyst knows as a package manager at work
        MaskedAlert alert = ChainFixture.masked(Alerts.falco("A2", "Write below etc",
                "File below /etc opened for writing (file=/etc/passwd proc.name=dpkg)", List.of(),
                List.of(new Entity(EntityType.PROCESS, "dpkg", "proc.name"))));

        // when
        Finding finding = answer(alert, "TRUE_POSITIVE", 0.8, "T1136.001");

        // then: raising the alarm is never what an injection wants, so the model's verdict stands
        assertThat(finding.consensus().agreement()).isEqualTo(Agreement.DISAGREE);
        assertThat(finding.consensus().details()).contains(
                "verdict: the model says TRUE_POSITIVE, the built-in analyst FALSE_POSITIVE");
        assertThat(finding.verdict()).isEqualTo("TRUE_POSITIVE");
    }

    @Test
    void aModelMayResolveWhatTheBuiltinCannotClassify() {
        // given: a line the built-in analyst maps to nothing (confidence 0.35)
        MaskedAlert alert = ChainFixture.masked(Alerts.raw("A3", "kernel: eth0 link is up at 1000 Mbps"));

        // when
        Finding finding = answer(alert, "FALSE_POSITIVE", 0.9);

        // then
        assertThat(finding.verdict()).isEqualTo("FALSE_POSITIVE");
        assertThat(finding.consensus().agreement()).isEqualTo(Agreement.PARTIAL);
    }

    @Test
    void aModelThatCallsStrongEvidenceOfAnAttackHarmlessIsSetAside() {
        // when
        Finding finding = answer(ChainFixture.shadowRead(), "BENIGN_POSITIVE", 0.97);

        // then
        assertThat(finding.verdict()).isEqualTo("NEEDS_INVESTIGATION");
        assertThat(finding.consensus().agreement()).isEqualTo(Agreement.DISAGREE);
        assertThat(finding.consensus().details()).anySatisfy(d -> assertThat(d)
                .startsWith("conflict: the model calls this BENIGN_POSITIVE, but the built-in analyst found T1555")
                .contains("T1003.008", "credential-access", "prompt injection"));
        assertThat(finding.techniques()).extracting(Finding.Claim::id).contains("T1003.008");
        assertThat(finding.severity()).isEqualTo("HIGH");
        assertThat(finding.mitigations().immediate()).doesNotContain("model action");
        assertThat(finding.reasoning()).startsWith("Not resolved: conflict:");
        assertThat(finding.confidence()).isEqualTo(Math.min(0.97, builtinConfidence(ChainFixture.shadowRead())));
        assertThat(finding.modelUsed()).isEqualTo("ollama:llama3");
    }
}
