package io.winnow.analyst.builtin;

import io.winnow.Alerts;
import io.winnow.alert.Entity;
import io.winnow.alert.EntityType;
import io.winnow.alert.Finding;
import io.winnow.attack.AttackCatalog;
import io.winnow.attack.Resolution;
import io.winnow.mask.RegexMasker;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltinAnalystTest {
    private static final AttackCatalog CATALOG = AttackCatalog.bundled();
    private final BuiltinAnalyst analyst = new BuiltinAnalyst(CATALOG);
    private final RegexMasker masker = new RegexMasker();

    @Test
    void usesTheSourcesOwnTagsFirstAndAgreesWithTheRuleName() {
        Finding f = analyst.analyse(masker.mask(Alerts.shadowRead("A1")).alert());

        assertThat(f.techniques()).extracting(Finding.Claim::id).startsWith("T1555").contains("T1003.008");
        assertThat(f.techniques().getFirst().source()).isEqualTo("alert-tag");
        assertThat(f.verdict()).isEqualTo("TRUE_POSITIVE");
        assertThat(f.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(f.severity()).isEqualTo("HIGH");
        assertThat(f.reasoning()).contains("T1555").contains("MEDIUM").contains("credential access");
    }

    @Test
    void fillsEveryFieldAnAnalystNeeds() {
        Finding f = analyst.analyse(masker.mask(Alerts.shadowRead("A1")).alert());

        assertThat(f.summary()).contains("Read sensitive file untrusted").contains("[HOST-1]");
        assertThat(f.attackVector()).contains("Credential Access");
        assertThat(f.mitigations().immediate()).isNotEmpty();
        assertThat(f.mitigations().shortTerm()).isNotEmpty();
        assertThat(f.mitigations().longTerm()).isNotEmpty();
        assertThat(f.nextSteps()).isNotEmpty();
        assertThat(f.falsePositive().commonCauses()).isNotEmpty();
        assertThat(f.iocs()).extracting(Finding.IocClaim::value).contains("/etc/shadow", "[EXTERNAL-IP-1]");
        assertThat(f.modelUsed()).isEqualTo("builtin");
    }

    @Test
    void recognisesKnownBenignActivityAsAFalsePositive() {
        var alert = Alerts.falco("A2", "Write below etc", "File below /etc opened for writing (file=/etc/apt/x proc.name=dpkg)",
                List.of("T1543"), List.of(new Entity(EntityType.PROCESS, "dpkg", "proc.name"),
                        new Entity(EntityType.FILE, "/etc/apt/x", "fd.name")));

        Finding f = analyst.analyse(masker.mask(alert).alert());

        assertThat(f.verdict()).isEqualTo("FALSE_POSITIVE");
        assertThat(f.severity()).isEqualTo("LOW");
        assertThat(f.falsePositive().likelihood()).isGreaterThan(0.8);
        assertThat(f.reasoning()).contains("package-manager");
    }

    @Test
    void isHonestWhenNothingMatches() {
        Finding f = analyst.analyse(masker.mask(Alerts.raw("A3", "disk quota at 81% on /srv")).alert());

        assertThat(f.techniques()).isEmpty();
        assertThat(f.verdict()).isEqualTo("NEEDS_INVESTIGATION");
        assertThat(f.confidence()).isLessThan(0.7);
        assertThat(f.attackVector()).startsWith("Unknown");
    }

    @Test
    void mapsLogTextWhenThereIsNoRule() {
        Finding f = analyst.analyse(masker.mask(Alerts.raw("A4",
                "sshd[811]: Failed password for invalid user oracle from 198.51.100.23 port 40022 ssh2")).alert());

        assertThat(f.techniques()).extracting(Finding.Claim::id).containsExactly("T1110.001");
        assertThat(f.techniques().getFirst().source()).isEqualTo("behavior");
        assertThat(f.attackVector()).contains("guess or spray passwords");
        assertThat(f.mitigations().immediate().getFirst()).contains("Block the source address");
    }

    @Test
    void everyTechniqueInItsKnowledgeIsInTheCatalog() {
        Knowledge k = Knowledge.bundled();

        assertThat(k.ruleSignals()).allSatisfy(s -> assertThat(s.techniques()).allSatisfy(id ->
                assertThat(CATALOG.resolve(id)).as(s.id() + " " + id).isInstanceOf(Resolution.Active.class)));
        assertThat(k.guides()).hasSize(14);
        assertThat(k.techniqueGuides().keySet()).allSatisfy(id ->
                assertThat(CATALOG.resolve(id)).as(id).isInstanceOf(Resolution.Active.class));
        CATALOG.tactics().forEach(t -> assertThat(k.guides()).containsKey(t.shortname()));
    }
}
