package io.winnow.attack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AttackCatalogTest {
    private static final AttackCatalog CATALOG = AttackCatalog.bundled();

    @Test
    void bundledCatalogIsEnterprise181WithAllActiveTechniques() {
        // when
        long top = CATALOG.techniques().stream().filter(t -> !t.subtechnique()).count();
        long sub = CATALOG.techniques().stream().filter(Technique::subtechnique).count();

        // then
        assertThat(CATALOG.version()).isEqualTo("enterprise-attack 18.1");
        assertThat(top).isEqualTo(216);
        assertThat(sub).isEqualTo(475);
    }

    @Test
    void looksTechniquesUpById() {
        // when
        var technique = CATALOG.technique(" t1059.004 ");

        // then
        assertThat(technique).hasValueSatisfying(t -> {
            assertThat(t.id()).isEqualTo("T1059.004");
            assertThat(t.name()).isEqualTo("Unix Shell");
            assertThat(t.tactics()).containsExactly("execution");
            assertThat(t.platforms()).contains("Linux");
            assertThat(t.subtechnique()).isTrue();
            assertThat(t.parentId()).isEqualTo("T1059");
        });
        assertThat(CATALOG.technique("T1003")).hasValueSatisfying(t -> {
            assertThat(t.name()).isEqualTo("OS Credential Dumping");
            assertThat(t.subtechnique()).isFalse();
            assertThat(t.parentId()).isNull();
        });
    }

    @Test
    void looksTechniquesUpByNameIgnoringCase() {
        // then
        assertThat(CATALOG.byName("os credential dumping")).map(Technique::id).contains("T1003");
        assertThat(CATALOG.byName("OS Credential Dumping: /etc/passwd and /etc/shadow"))
                .map(Technique::id).contains("T1003.008");
        assertThat(CATALOG.byName("os credential dumping:/etc/passwd and  /etc/shadow"))
                .map(Technique::id).contains("T1003.008");
        assertThat(CATALOG.byName("Unix Shell")).map(Technique::id).contains("T1059.004");
        assertThat(CATALOG.byName("No Such Technique")).isEmpty();
        assertThat(CATALOG.byName(null)).isEmpty();
    }

    @Test
    void leavesAmbiguousSubTechniqueNamesToTheParentForm() {
        // "Cloud Accounts" is a sub-technique of several parents
        assertThat(CATALOG.byName("Cloud Accounts")).isEmpty();
        assertThat(CATALOG.byName("Valid Accounts: Cloud Accounts")).map(Technique::id).contains("T1078.004");
    }

    @Test
    void showsSubTechniquesWithTheirParentName() {
        // given
        Technique unixShell = CATALOG.technique("T1059.004").orElseThrow();

        // then
        assertThat(CATALOG.displayName(unixShell)).isEqualTo("Command and Scripting Interpreter: Unix Shell");
        assertThat(CATALOG.displayName(CATALOG.technique("T1059").orElseThrow()))
                .isEqualTo("Command and Scripting Interpreter");
    }

    @Test
    void linksEverySubTechniqueToAnActiveParent() {
        // then
        assertThat(CATALOG.techniques()).filteredOn(Technique::subtechnique).allSatisfy(t -> {
            assertThat(t.id()).startsWith(t.parentId() + ".");
            assertThat(CATALOG.technique(t.parentId())).isPresent();
        });
    }

    @Test
    void resolvesActiveIds() {
        // when
        Resolution r = CATALOG.resolve(" t1059 ");

        // then
        assertThat(r).isInstanceOf(Resolution.Active.class);
        assertThat(r.requestedId()).isEqualTo("T1059");
        assertThat(r.accepted()).isTrue();
        assertThat(r.resolved()).map(Technique::id).contains("T1059");
    }

    @Test
    void upgradesRevokedIdsToTheirReplacement() {
        // then
        assertThat(CATALOG.resolve("T1002"))
                .isEqualTo(new Resolution.Upgraded("T1002", CATALOG.technique("T1560").orElseThrow()));
        assertThat(CATALOG.resolve("t1004"))
                .isEqualTo(new Resolution.Upgraded("T1004", CATALOG.technique("T1547.004").orElseThrow()));
        assertThat(CATALOG.technique("T1002")).isEmpty();
    }

    @Test
    void upgradesEveryRevokedIdInTheRetiredFileToAnActiveTechnique() throws Exception {
        // given: the retired list as shipped (v18.1 has no chains: every replacement is active)
        List<String> revoked = retiredLines().stream().filter(l -> l.contains("\"revoked\""))
                .map(l -> l.substring(l.indexOf("\"id\": \"") + 7, l.indexOf("\", \"name\""))).toList();

        // then
        assertThat(revoked).hasSize(132);
        assertThat(revoked).allSatisfy(id -> assertThat(CATALOG.resolve(id)).isInstanceOf(Resolution.Upgraded.class));
    }

    @Test
    void rejectsDeprecatedIds() {
        // when
        Resolution r = CATALOG.resolve("T1064");

        // then
        assertThat(r).isEqualTo(new Resolution.Deprecated("T1064"));
        assertThat(r.accepted()).isFalse();
        assertThat(r.resolved()).isEmpty();
        assertThat(CATALOG.resolve("T1053.004")).isInstanceOf(Resolution.Deprecated.class);
    }

    @Test
    void rejectsTechniqueIdsOutsideTheCatalog() {
        assertThat(CATALOG.resolve("T9999")).isEqualTo(new Resolution.Unknown("T9999"));
        assertThat(CATALOG.resolve("T1059.999")).isEqualTo(new Resolution.Unknown("T1059.999"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"T12", "X1059", "", "   ", "T1059.4", "T10590", "T1059.0040", "TA0006", "T1059 T1003",
            "T1059\n"})
    void rejectsMalformedIds(String id) {
        // when
        Resolution r = CATALOG.resolve(id);

        // then
        if (id != null && id.strip().equals("T1059")) {
            assertThat(r).isInstanceOf(Resolution.Active.class);
        } else {
            assertThat(r).isInstanceOf(Resolution.Unknown.class);
        }
    }

    @Test
    void keepsOnlyAnExcerptOfAHugeMalformedId() {
        // when
        Resolution r = CATALOG.resolve("t".repeat(100_000));

        // then
        assertThat(r).isInstanceOf(Resolution.Unknown.class);
        assertThat(r.requestedId()).hasSize(33).startsWith("TTTT").endsWith("…");
    }

    @Test
    void listsTheFourteenTacticsInMatrixOrder() {
        // then
        assertThat(CATALOG.tactics()).extracting(Tactic::shortname).containsExactly(
                "reconnaissance", "resource-development", "initial-access", "execution", "persistence",
                "privilege-escalation", "defense-evasion", "credential-access", "discovery", "lateral-movement",
                "collection", "command-and-control", "exfiltration", "impact");
        assertThat(CATALOG.tactics()).extracting(Tactic::order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
                11, 12, 13);
    }

    @Test
    void findsTacticsByShortNameIdOrName() {
        // given
        Tactic credentialAccess = new Tactic("TA0006", "Credential Access", "credential-access", 7);

        // then
        assertThat(CATALOG.tactic("credential-access")).contains(credentialAccess);
        assertThat(CATALOG.tactic("ta0006")).contains(credentialAccess);
        assertThat(CATALOG.tactic(" credential access ")).contains(credentialAccess);
        assertThat(CATALOG.tactic("stealth")).isEmpty();
        assertThat(CATALOG.tactic(null)).isEmpty();
    }

    @Test
    void everyTechniqueTacticIsACatalogTactic() {
        assertThat(CATALOG.techniques()).allSatisfy(t -> {
            assertThat(t.tactics()).isNotEmpty();
            assertThat(t.tactics()).allSatisfy(tactic -> assertThat(CATALOG.tactic(tactic)).isPresent());
        });
    }

    @Test
    void shipsMitresLicenceWithTheData() throws Exception {
        // when
        try (InputStream licence = AttackCatalog.class.getResourceAsStream("/attack/LICENSE-ATTACK.txt")) {
            // then
            assertThat(licence).isNotNull();
            assertThat(new String(licence.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("The MITRE Corporation");
        }
    }

    private static List<String> retiredLines() throws Exception {
        try (var in = new BufferedReader(new InputStreamReader(
                AttackCatalog.class.getResourceAsStream("/attack/enterprise-retired.jsonl"),
                StandardCharsets.UTF_8))) {
            return in.lines().toList();
        }
    }
}
