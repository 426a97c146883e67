package io.winnow.triage;

import io.winnow.Alerts;
import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.FalsePositive;
import io.winnow.alert.Finding;
import io.winnow.alert.Ioc;
import io.winnow.alert.IocType;
import io.winnow.alert.Mitigations;
import io.winnow.alert.Severity;
import io.winnow.alert.Verdict;
import io.winnow.attack.AttackCatalog;
import io.winnow.mask.Masking;
import io.winnow.mask.RegexMasker;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GrounderTest {
    private static final AttackCatalog CATALOG = AttackCatalog.bundled();
    private final Grounder grounder = new Grounder(CATALOG, 0.7);
    private final Alert alert = Alerts.shadowRead("A1");
    private final Masking masking = new RegexMasker().mask(alert);

    @Test
    void rejectsTechniqueIdsOutsideTheCatalog() {
        Analysis a = ground(finding(List.of(claim("T9999"), claim("T1555"), claim("not-an-id")), "HIGH",
                "TRUE_POSITIVE", 0.9, List.of()));

        assertThat(a.mitreTechniques()).extracting(t -> t.id()).containsExactly("T1555");
        assertThat(a.groundingNotes()).anyMatch(n -> n.contains("T9999") && n.contains("dropped"))
                .anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("not-an-id"));
    }

    @Test
    void upgradesRevokedTechniquesAndDropsDeprecatedOnes() {
        Analysis a = ground(finding(List.of(claim("T1002"), claim("t1555")), "HIGH", "TRUE_POSITIVE", 0.9,
                List.of()));

        assertThat(a.mitreTechniques()).extracting(t -> t.id()).containsExactly("T1560", "T1555");
        assertThat(a.mitreTechniques().getFirst().name()).isEqualTo("Archive Collected Data");
        assertThat(a.groundingNotes()).anyMatch(n -> n.contains("T1002") && n.contains("T1560"));
    }

    @Test
    void keepsOnlyIndicatorsFoundVerbatimInTheAlert() {
        Analysis a = ground(finding(List.of(), "HIGH", "TRUE_POSITIVE", 0.9, List.of(
                new Finding.IocClaim("ip", "[EXTERNAL-IP-1]", "peer"),
                new Finding.IocClaim("ipv4", "198.51.100.1", "invented"),
                new Finding.IocClaim("file_path", "/etc/shadow", "read"),
                new Finding.IocClaim("sha256", "[REDACTED-API_KEY]", "secret"),
                new Finding.IocClaim("weird-kind", "cat", "?"))));

        assertThat(a.iocs()).containsExactly(new Ioc(IocType.IPV4, "203.0.113.9", "peer"),
                new Ioc(IocType.FILE_PATH, "/etc/shadow", "read"));
        assertThat(a.groundingNotes()).hasSize(3);
    }

    @Test
    void normalisesFreeTextEnums() {
        Analysis a = ground(finding(List.of(), "warning", "malicious", 0.9, List.of()));
        Analysis b = ground(finding(List.of(), "apocalyptic", "who knows", 0.9, List.of()));

        assertThat(a.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(a.verdict()).isEqualTo(Verdict.TRUE_POSITIVE);
        assertThat(b.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(b.verdict()).isEqualTo(Verdict.NEEDS_INVESTIGATION);
        assertThat(b.groundingNotes()).hasSize(2);
    }

    @Test
    void lowConfidenceMeansNeedsInvestigationWithAReason() {
        Analysis a = ground(finding(List.of(claim("T1555")), "HIGH", "FALSE_POSITIVE", 0.55, List.of()));

        assertThat(a.verdict()).isEqualTo(Verdict.NEEDS_INVESTIGATION);
        assertThat(a.lowConfidenceReason()).contains("0.55").contains("below 0.70");
    }

    @Test
    void clampsConfidenceIntoRange() {
        assertThat(ground(finding(List.of(), "LOW", "BENIGN_POSITIVE", 7, List.of())).confidence()).isEqualTo(1.0);
        assertThat(ground(finding(List.of(), "LOW", "BENIGN_POSITIVE", Double.NaN, List.of())).confidence())
                .isZero();
    }

    @Test
    void restoresMaskTokensInEveryText() {
        Finding f = new Finding("Peer [EXTERNAL-IP-1] read it", "via [EXTERNAL-IP-1]", List.of(), "HIGH",
                "TRUE_POSITIVE", 0.9, null, new FalsePositive(0.1, List.of("[EXTERNAL-IP-1] is a scanner")),
                List.of(), new Mitigations(List.of("Block [EXTERNAL-IP-1]"), List.of(), List.of()), List.of(),
                "because [EXTERNAL-IP-1]", "test");

        Analysis a = ground(f);

        assertThat(a.summary()).isEqualTo("Peer 203.0.113.9 read it");
        assertThat(a.mitigations().immediate()).containsExactly("Block 203.0.113.9");
        assertThat(a.falsePositive().commonCauses()).containsExactly("203.0.113.9 is a scanner");
        assertThat(a.reasoning()).isEqualTo("because 203.0.113.9");
    }

    private Analysis ground(Finding finding) {
        return grounder.ground(alert, masking.map(), finding, new Grounder.Stamp("AN1", Alerts.T0, 3));
    }

    private static Finding.Claim claim(String id) {
        return new Finding.Claim(id, "llm");
    }

    private static Finding finding(List<Finding.Claim> claims, String severity, String verdict, double confidence,
                                   List<Finding.IocClaim> iocs) {
        return new Finding("s", "v", claims, severity, verdict, confidence, null, new FalsePositive(0.2, List.of()),
                iocs, Mitigations.NONE, List.of(), "r", "test");
    }
}
