package io.winnow.analyst.builtin;

import io.winnow.attack.AttackCatalog;
import io.winnow.mask.RegexMasker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PatternLibraryTest {
    private static final AttackCatalog CATALOG = AttackCatalog.bundled();

    @Test
    void bundlesMoreThanThreeHundredBehaviourPatternsAcrossThePlatforms() {
        // when
        PatternLibrary library = PatternLibrary.bundled(CATALOG);

        // then
        assertThat(library.behaviorCount()).isGreaterThanOrEqualTo(300);
        Map<String, Integer> byPlatform = library.behaviorCountByPlatform();
        assertThat(byPlatform.keySet()).contains("linux", "containers", "windows", "macos", "cloud", "web", "network",
                "auth");
        byPlatform.forEach((platform, count) -> assertThat(count).as(platform).isGreaterThanOrEqualTo(20));
    }

    @Test
    void coversEveryTacticWithBehaviourPatterns() {
        // given
        PatternLibrary library = PatternLibrary.bundled(CATALOG);

        // when
        Set<String> tactics = library.patterns().stream().filter(p -> p.role() == PatternRole.BEHAVIOR)
                .map(p -> p.tactic() != null ? p.tactic()
                        : CATALOG.technique(p.techniques().getFirst()).orElseThrow().tactics().getFirst())
                .collect(Collectors.toSet());

        // then
        CATALOG.tactics().forEach(t -> assertThat(tactics).as(t.shortname()).contains(t.shortname()));
    }

    @Test
    void everyBehaviourPatternHasTechniquesSeverityFalsePositivesAndActions() {
        PatternLibrary library = PatternLibrary.bundled(CATALOG);

        assertThat(library.patterns()).filteredOn(p -> p.role() == PatternRole.BEHAVIOR).allSatisfy(p -> {
            assertThat(p.techniques()).as(p.id()).isNotEmpty()
                    .allSatisfy(id -> assertThat(CATALOG.technique(id)).as(p.id() + " " + id).isPresent());
            assertThat(p.severity()).as(p.id()).isNotNull();
            assertThat(p.falsePositives()).as(p.id()).isNotEmpty();
            assertThat(p.actions()).as(p.id()).isNotEmpty();
        });
    }

    @Test
    void reportsEveryProblemOfABadFileAtOnce(@TempDir Path dir) throws IOException {
        // given
        Files.writeString(dir.resolve("bad.yaml"), """
                platform: linux
                patterns:
                  - id: my-unknown-technique
                    name: a thing
                    techniques: [T9999]
                    severity: high
                    match: {cmdline: 'foo'}
                    fp: ["x"]
                    actions: ["y"]
                  - id: my-revoked
                    name: a thing
                    techniques: [T1574.002]
                    severity: high
                    match: {cmdline: 'foo'}
                    fp: ["x"]
                    actions: ["y"]
                  - id: my-bad-regex
                    name: a thing
                    techniques: [T1059.004]
                    severity: high
                    match: {cmdline: 'foo(', process: '(a+)+b'}
                    fp: ["x"]
                    actions: ["y"]
                  - id: my-incomplete
                    name: a thing
                    techniques: [T1059.004]
                    tactic: impact
                    match: {shoe_size: '42'}
                    colour: red
                    actions: ["Kill {proces}"]
                  - id: lnx-reverse-shell-dev-tcp
                    name: a duplicate
                    techniques: [T1059.004]
                    severity: low
                    match: {cmdline: 'x'}
                    fp: ["x"]
                    actions: ["y"]
                """);
        String file = dir.resolve("bad.yaml").toString();

        // when
        PatternFileException e = catchThrowableOfType(PatternFileException.class,
                () -> PatternLibrary.load(CATALOG, dir));

        // then
        assertThat(e.problems()).allSatisfy(p -> assertThat(p).startsWith(file + ":"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(file + ":my-unknown-technique:")
                .contains("T9999 is not in"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(file + ":my-revoked:")
                .contains("revoked").contains("T1574.001"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(file + ":my-bad-regex:")
                .contains("match.cmdline").contains("does not compile"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(file + ":my-bad-regex:")
                .contains("match.process").contains("exponential"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(file + ":my-incomplete:")
                .contains("shoe_size").contains("unknown field"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(file + ":my-incomplete:")
                .contains("unknown key 'colour'"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(file + ":my-incomplete:")
                .contains("severity is missing"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(file + ":my-incomplete:")
                .contains("fp is missing"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(file + ":my-incomplete:")
                .contains("tactic impact is not a tactic of any of its techniques"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(file + ":my-incomplete:")
                .contains("unknown placeholder {proces}"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(file + ":lnx-reverse-shell-dev-tcp:")
                .contains("already used in bundled/linux.yaml"));
        assertThat(e.getMessage()).startsWith(e.problems().size() + " problems in behaviour pattern files:");
    }

    @Test
    void reportsFilesThatAreNotPatternFiles(@TempDir Path dir) throws IOException {
        // given
        Files.writeString(dir.resolve("a.yaml"), "platform: [unclosed\n");
        Files.writeString(dir.resolve("b.yml"), "- just a list\n");
        Files.writeString(dir.resolve("notes.txt"), "ignored");

        // when
        PatternFileException e = catchThrowableOfType(PatternFileException.class,
                () -> PatternLibrary.load(CATALOG, dir));

        // then
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0)).startsWith(dir.resolve("a.yaml") + ":-:is not valid YAML");
        assertThat(e.problems().get(1)).startsWith(dir.resolve("b.yml") + ":-:must be a mapping");
    }

    @Test
    void refusesAMissingUserDirectory(@TempDir Path dir) {
        assertThatThrownBy(() -> PatternLibrary.load(CATALOG, dir.resolve("nope")))
                .isInstanceOf(PatternFileException.class).hasMessageContaining("is not a directory");
    }

    @Test
    void loadsTheUsersOwnPatternsAndUsesThemLikeTheBundledOnes(@TempDir Path dir) throws IOException {
        // given
        Files.writeString(dir.resolve("acme.yaml"), """
                platform: linux
                patterns:
                  - id: acme-billing-export
                    name: the billing export tool run by hand
                    techniques: [T1005]
                    tactic: collection
                    severity: high
                    confidence: 0.9
                    match: {process: '^billing-export$', user: '^(?!svc-billing$)'}
                    fp: ["The nightly job run manually by the billing team"]
                    actions: ["Ask {user} why they ran {process} on {host}"]
                """);
        PatternLibrary library = PatternLibrary.load(CATALOG, dir);
        BuiltinAnalyst analyst = new BuiltinAnalyst(CATALOG, SimilarityRanker.none(), library);
        var alert = io.winnow.Alerts.falco("A1", "Unexpected process", "billing-export run (user=root)",
                java.util.List.of(), java.util.List.of(
                        new io.winnow.alert.Entity(io.winnow.alert.EntityType.PROCESS, "billing-export", "proc.name"),
                        new io.winnow.alert.Entity(io.winnow.alert.EntityType.USER, "root", "user.name")));

        // when
        var finding = analyst.analyse(new RegexMasker().mask(alert).alert());

        // then
        assertThat(library.behaviorCount()).isEqualTo(PatternLibrary.bundled(CATALOG).behaviorCount() + 1);
        assertThat(finding.techniques().getFirst().id()).isEqualTo("T1005");
        assertThat(finding.techniques().getFirst().source()).isEqualTo("behavior");
        assertThat(finding.mitigations().immediate()).anySatisfy(a -> assertThat(a).startsWith("Ask root why they ran billing-export on "));
    }
}
