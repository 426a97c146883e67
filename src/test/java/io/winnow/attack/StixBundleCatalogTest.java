package io.winnow.attack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StixBundleCatalogTest {
    private static final Path MINI_BUNDLE = resource("/attack/mini-enterprise-bundle.json");

    @Test
    void readsTheVersionFromTheCollectionAndTheMatrix() {
        // when
        AttackCatalog catalog = AttackCatalog.fromStixBundle(MINI_BUNDLE);

        // then
        assertThat(catalog.version()).isEqualTo("enterprise-attack 19.0");
    }

    @Test
    void usesTheBundlesOwnTacticsInMatrixOrder() {
        // when
        AttackCatalog catalog = AttackCatalog.fromStixBundle(MINI_BUNDLE);

        // then: stealth is a v19 tactic; collection is not in the matrix, so it comes last; deprecated ones go
        assertThat(catalog.tactics()).extracting(Tactic::shortname)
                .containsExactly("initial-access", "execution", "stealth", "credential-access", "collection");
        assertThat(catalog.tactics()).extracting(Tactic::order).containsExactly(0, 1, 2, 3, 4);
        assertThat(catalog.tactic("Stealth")).map(Tactic::id).contains("TA0005");
        assertThat(catalog.tactic("old-tactic")).isEmpty();
        assertThat(catalog.technique("T1562")).map(Technique::tactics).contains(java.util.List.of("stealth"));
    }

    @Test
    void readsActiveTechniquesWithTheirFacts() {
        // when
        AttackCatalog catalog = AttackCatalog.fromStixBundle(MINI_BUNDLE);

        // then
        assertThat(catalog.techniques()).extracting(Technique::id)
                .containsExactly("T1003", "T1003.008", "T1059", "T1059.004", "T1560", "T1562");
        assertThat(catalog.technique("T1059")).contains(new Technique("T1059", "Command and Scripting Interpreter",
                java.util.List.of("execution"), java.util.List.of("Linux", "macOS", "Windows"), false, null));
    }

    @Test
    void linksSubTechniquesByRelationshipOrIdPrefix() {
        // when
        AttackCatalog catalog = AttackCatalog.fromStixBundle(MINI_BUNDLE);

        // then: T1059.004 has a subtechnique-of relationship, T1003.008 has none
        assertThat(catalog.technique("T1059.004")).map(Technique::parentId).contains("T1059");
        assertThat(catalog.technique("T1003.008")).map(Technique::parentId).contains("T1003");
        assertThat(catalog.byName("OS Credential Dumping: /etc/passwd and /etc/shadow"))
                .map(Technique::id).contains("T1003.008");
    }

    @Test
    void upgradesRevokedTechniquesAlongTheChain() {
        // given
        AttackCatalog catalog = AttackCatalog.fromStixBundle(MINI_BUNDLE);
        Technique archive = catalog.technique("T1560").orElseThrow();

        // then: T1099 → T1002 → T1560
        assertThat(catalog.resolve("T1002")).isEqualTo(new Resolution.Upgraded("T1002", archive));
        assertThat(catalog.resolve("T1099")).isEqualTo(new Resolution.Upgraded("T1099", archive));
    }

    @Test
    void rejectsDeprecatedAndSuccessorlessRevokedTechniques() {
        // given
        AttackCatalog catalog = AttackCatalog.fromStixBundle(MINI_BUNDLE);

        // then
        assertThat(catalog.resolve("T1051")).isEqualTo(new Resolution.Deprecated("T1051"));
        assertThat(catalog.resolve("T1098.999")).isEqualTo(new Resolution.Deprecated("T1098.999"));
        assertThat(catalog.resolve("T1078")).isEqualTo(new Resolution.Unknown("T1078"));
        assertThat(catalog.technique("T1051")).isEmpty();
    }

    @Test
    void fallsBackToTheSpecVersionWithoutACollection(@TempDir Path dir) throws Exception {
        // given
        Path bundle = dir.resolve("b.json");
        Files.writeString(bundle, """
                {"type": "bundle", "spec_version": "2.0", "objects": [
                  %s,
                  {"type": "x-mitre-tactic", "id": "x-mitre-tactic--1", "name": "Execution",
                   "x_mitre_shortname": "execution",
                   "external_references": [{"source_name": "mitre-attack", "external_id": "TA0002"}]}]}
                """.formatted(technique("T1059")));

        // when
        AttackCatalog catalog = AttackCatalog.fromStixBundle(bundle);

        // then
        assertThat(catalog.version()).isEqualTo("attack (STIX 2.0 bundle)");
        assertThat(catalog.tactics()).extracting(Tactic::shortname).containsExactly("execution");
    }

    @Test
    void reportsAMissingBundleByPath(@TempDir Path dir) {
        // given
        Path missing = dir.resolve("nope.json");

        // then
        assertThatThrownBy(() -> AttackCatalog.fromStixBundle(missing))
                .isInstanceOf(AttackCatalogException.class)
                .hasMessageContaining("not found").hasMessageContaining(missing.toString());
    }

    @Test
    void reportsFilesThatAreNotBundles(@TempDir Path dir) throws Exception {
        // given
        Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");
        Path report = Files.writeString(dir.resolve("report.json"), "{\"type\": \"report\", \"objects\": []}");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"type\": \"bundle\", \"objects\": [ {");
        Path noObjects = Files.writeString(dir.resolve("empty.json"), "{\"type\": \"bundle\"}");

        // then
        for (Path p : new Path[] {array, report, broken, noObjects}) {
            assertThatThrownBy(() -> AttackCatalog.fromStixBundle(p))
                    .isInstanceOf(AttackCatalogException.class)
                    .hasMessageContaining(p.toString());
        }
        assertThatThrownBy(() -> AttackCatalog.fromStixBundle(broken)).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> AttackCatalog.fromStixBundle(report)).hasMessageContaining("not a STIX bundle");
        assertThatThrownBy(() -> AttackCatalog.fromStixBundle(dir)).hasMessageContaining("not a regular file");
    }

    @Test
    void reportsBundlesWithoutTechniques(@TempDir Path dir) throws Exception {
        // given
        Path bundle = Files.writeString(dir.resolve("groups-only.json"), """
                {"type": "bundle", "objects": [{"type": "intrusion-set", "id": "intrusion-set--1", "name": "G"}]}
                """);

        // then
        assertThatThrownBy(() -> AttackCatalog.fromStixBundle(bundle))
                .isInstanceOf(AttackCatalogException.class)
                .hasMessageContaining("no ATT&CK techniques").hasMessageContaining(bundle.toString());
    }

    private static String technique(String id) {
        return """
                {"type": "attack-pattern", "id": "attack-pattern--%s", "name": "Technique %s",
                 "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "execution"}],
                 "external_references": [{"source_name": "mitre-attack", "external_id": "%s"}]}"""
                .formatted(id, id, id);
    }

    private static Path resource(String name) {
        try {
            return Path.of(StixBundleCatalogTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
