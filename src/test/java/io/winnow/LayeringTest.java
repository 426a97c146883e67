package io.winnow;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The dependency rules of DESIGN.md: the vocabulary depends on nothing, stages on the vocabulary, only triage
 * knows several stages, and only web, cli and App know triage. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.winnow");
    }

    @Test
    void vocabularyAndCatalogDependOnNothingOfOurs() {
        noClasses().that().resideInAnyPackage("io.winnow.alert..", "io.winnow.attack..")
                .should().dependOnClassesThat().resideInAnyPackage("io.winnow.ingest..", "io.winnow.mask..",
                        "io.winnow.analyst..", "io.winnow.triage..", "io.winnow.store..", "io.winnow.web..",
                        "io.winnow.cli..", "io.winnow.config..", "io.winnow.detect..")
                .check(classes);
        noClasses().that().resideInAPackage("io.winnow.alert..")
                .should().dependOnClassesThat().resideInAPackage("io.winnow.attack..").check(classes);
    }

    @Test
    void stagesDependOnlyOnTheVocabularyAndWhatTheyConsume() {
        String[] serving = {"io.winnow.triage..", "io.winnow.web..", "io.winnow.cli..", "io.winnow.config.."};
        stage("io.winnow.ingest..", "io.winnow.mask..", "io.winnow.analyst..", "io.winnow.store..", serving);
        stage("io.winnow.mask..", "io.winnow.ingest..", "io.winnow.analyst..", "io.winnow.store..", serving);
        stage("io.winnow.analyst..", "io.winnow.ingest..", "io.winnow.store..", "io.winnow.config..", serving);
        stage("io.winnow.store..", "io.winnow.ingest..", "io.winnow.mask..", "io.winnow.analyst..", serving);
    }

    private static void stage(String stage, String a, String b, String c, String[] serving) {
        String[] forbidden = java.util.stream.Stream.concat(java.util.stream.Stream.of(a, b, c),
                java.util.Arrays.stream(serving)).toArray(String[]::new);
        noClasses().that().resideInAPackage(stage).should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .check(classes);
    }

    @Test
    void onlyWebCliAndAppKnowTheTriagePackage() {
        noClasses().that().resideOutsideOfPackages("io.winnow.triage..", "io.winnow.web..", "io.winnow.cli..")
                .and().doNotHaveFullyQualifiedName("io.winnow.App")
                .should().dependOnClassesThat().resideInAPackage("io.winnow.triage..")
                .check(classes);
    }

    @Test
    void webDoesNotKnowTheCli() {
        noClasses().that().resideInAPackage("io.winnow.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.winnow.cli..", "io.winnow.config..")
                .check(classes);
    }

    @Test
    void analystsSeeOnlyMaskedAlerts() {
        noClasses().that().resideInAPackage("io.winnow.analyst..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.winnow.alert.Alert")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.winnow.(*)..").should().beFreeOfCycles().check(classes);
    }
}
