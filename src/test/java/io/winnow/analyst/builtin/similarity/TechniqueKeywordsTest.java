package io.winnow.analyst.builtin.similarity;

import io.winnow.attack.AttackCatalog;
import io.winnow.attack.Resolution;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TechniqueKeywordsTest {
    private final AttackCatalog catalog = AttackCatalog.bundled();

    @Test
    void namesOnlyActiveTechniquesOfTheBundledCatalog() {
        // given
        TechniqueKeywords keywords = TechniqueKeywords.bundled();

        // then
        assertThat(keywords.byId().keySet()).allSatisfy(id ->
                assertThat(catalog.resolve(id)).as(id).isInstanceOf(Resolution.Active.class));
        assertThat(keywords.resolve(catalog).unknown()).isEmpty();
    }

    @Test
    void coversSeveralHundredTechniquesAcrossEveryTactic() {
        // given
        TechniqueKeywords keywords = TechniqueKeywords.bundled();

        // when
        Set<String> tactics = keywords.byId().keySet().stream()
                .flatMap(id -> catalog.technique(id).orElseThrow().tactics().stream())
                .collect(Collectors.toSet());

        // then
        assertThat(keywords.byId()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(tactics).containsAll(catalog.tactics().stream().map(t -> t.shortname()).toList());
    }

    @Test
    void reportsEveryProblemOfABadFileAtOnce() {
        // given
        String yaml = """
                T1003.008: [shadow]
                T99: [mimikatz]
                T1059: []
                T1105: ['//']
                """;

        // then
        assertThatThrownBy(() -> TechniqueKeywords.parse(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"))
                .hasMessageContaining("3 problem(s)")
                .hasMessageContaining("T99: not a technique ID")
                .hasMessageContaining("T1059: no keywords")
                .hasMessageContaining("T1105: keyword");
    }
}
