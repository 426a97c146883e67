package io.winnow.triage;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.winnow.Alerts;
import io.winnow.alert.Alert;
import io.winnow.alert.Entity;
import io.winnow.alert.EntityType;
import io.winnow.alert.Finding;
import io.winnow.analyst.Analyst;
import io.winnow.analyst.builtin.BuiltinAnalyst;
import io.winnow.attack.AttackCatalog;
import io.winnow.ingest.Intake;
import io.winnow.mask.AssetSignals;
import io.winnow.mask.MaskedAlert;
import io.winnow.mask.RegexMasker;
import io.winnow.store.AnalysisStore;
import io.winnow.store.AnalysisStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Asset signals are decided on the unmasked alert, from the operator's lists, and reach the analyst as booleans. */
class AssetClassifierTest {
    private final AssetClassifier classifier = new AssetClassifier(List.of("prod-*", "*.prod.example.com"),
            List.of("/etc/shadow", "*/.aws/credentials", "*\\NTDS\\ntds.dit"), List.of("root", "Administrator"),
            List.of("10.0.5.0/24", "198.51.100.7", "nessus-scan-01"));

    private static Alert alert(String host, String message, Entity... entities) {
        return new Alert("A", null, io.winnow.alert.SourceFormat.FALCO, "syscall", Alerts.T0, null, "r", null, null,
                host, null, message, List.of(entities), List.of(), List.of(), Map.of());
    }

    @Test
    void recognisesProductionHostsByGlob() {
        assertThat(classifier.classify(alert("prod-db-01", "x")).production()).isTrue();
        assertThat(classifier.classify(alert("api.prod.example.com", "x")).production()).isTrue();
        assertThat(classifier.classify(alert("staging-db-01", "x")).production()).isFalse();
        assertThat(classifier.classify(alert(null, "x")).production()).isFalse();
    }

    @Test
    void recognisesCrownJewelPathsInFilesAndCommandLines() {
        assertThat(classifier.classify(alert("h", "x", new Entity(EntityType.FILE, "/etc/shadow", "fd.name")))
                .crownJewel()).isTrue();
        assertThat(classifier.classify(alert("h", "x", new Entity(EntityType.COMMAND_LINE,
                "cat /home/dev/.aws/credentials", "proc.cmdline"))).crownJewel()).isTrue();
        assertThat(classifier.classify(alert("h", "copy C:\\Windows\\NTDS\\ntds.dit C:\\t")).crownJewel()).isTrue();
        assertThat(classifier.classify(alert("h", "x", new Entity(EntityType.FILE, "/etc/hosts", "fd.name")))
                .crownJewel()).isFalse();
    }

    @Test
    void recognisesPrivilegedUsersWithOrWithoutADomain() {
        assertThat(classifier.classify(alert("h", "x", new Entity(EntityType.USER, "CORP\\Administrator", "user")))
                .privilegedUser()).isTrue();
        assertThat(classifier.classify(alert("h", "Sensitive file opened (user=root)")).privilegedUser()).isTrue();
        assertThat(classifier.classify(alert("h", "x", new Entity(EntityType.USER, "alice", "user")))
                .privilegedUser()).isFalse();
    }

    @Test
    void recognisesAllowListedScannersByAddressBlockOrName() {
        assertThat(classifier.classify(alert("h", "x", new Entity(EntityType.SOURCE_IP, "10.0.5.20", "srcip")))
                .allowListedScanner()).isTrue();
        assertThat(classifier.classify(alert("h", "x", new Entity(EntityType.SOURCE_IP, "198.51.100.7", "srcip")))
                .allowListedScanner()).isTrue();
        assertThat(classifier.classify(alert("h", "scan from nessus-scan-01 started")).allowListedScanner()).isTrue();
        assertThat(classifier.classify(alert("h", "x", new Entity(EntityType.SOURCE_IP, "10.0.6.20", "srcip")))
                .allowListedScanner()).isFalse();
    }

    @Test
    void emptyListsSignalNothing() {
        assertThat(AssetClassifier.none().classify(alert("prod-1", "cat /etc/shadow (user=root)")))
                .isEqualTo(AssetSignals.NONE);
    }

    @Test
    void thePipelineHandsTheSignalsToTheAnalystWithTheMaskedAlert(@TempDir Path dir) {
        // given: an analyst that records what it receives
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        AttackCatalog catalog = AttackCatalog.bundled();
        BuiltinAnalyst builtin = new BuiltinAnalyst(catalog);
        List<MaskedAlert> seen = new ArrayList<>();
        Analyst recording = new Analyst() {
            @Override
            public String name() {
                return "recording";
            }

            @Override
            public Finding analyse(MaskedAlert alert) {
                seen.add(alert);
                return builtin.analyse(alert);
            }
        };
        try (AnalysisStore store = AnalysisStores.open("jdbc:sqlite:" + dir.resolve("w.db"), null, null, clock)) {
            Pipeline pipeline = new Pipeline(new Intake(clock, () -> "I" + seen.size()), new RegexMasker(), recording,
                    catalog, store, clock, () -> "ID", 0.7, 1, new SimpleMeterRegistry(), classifier);
            Alert alert = pipeline.parse("""
                    {"rule":"Read sensitive file untrusted","priority":"Warning","hostname":"prod-db-01",
                     "output":"Sensitive file opened for reading (file=/etc/shadow process=cat user=root)"}""", null);

            // when
            var outcome = pipeline.triage(alert, false);

            // then
            assertThat(seen.getFirst().assets()).isEqualTo(new AssetSignals(true, true, true, false));
            assertThat(((Outcome.Analysed) outcome).analysis().reasoning())
                    .contains("analyst.production_hosts");
        }
    }
}
