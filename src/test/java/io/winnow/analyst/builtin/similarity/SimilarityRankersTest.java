package io.winnow.analyst.builtin.similarity;

import io.winnow.attack.AttackCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimilarityRankersTest {
    private final AttackCatalog catalog = AttackCatalog.bundled();

    @Test
    void makesTheRankerEachSettingNames() {
        assertThat(SimilarityRankers.create(catalog, "lexical")).isInstanceOf(LexicalRanker.class);
        assertThat(SimilarityRankers.create(catalog, " OFF ").name()).isEqualTo("none");
        assertThat(SimilarityRankers.create(catalog, "off").rank("cat /etc/shadow", 3)).isEmpty();
        assertThat(SimilarityRankers.create(catalog, "auto")).isInstanceOf(EmbeddingRanker.class);
        assertThat(SimilarityRankers.create(catalog, "embedding").name()).isEqualTo("minilm+lexical (loading)");
    }

    @Test
    void refusesAnUnknownModeNamingTheSetting() {
        assertThatThrownBy(() -> SimilarityRankers.create(catalog, "fuzzy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("analyst.similarity").hasMessageNotContaining("fuzzy");
    }

    @Test
    void understandsEveryValueTheConfigurationAccepts() {
        for (String value : java.util.List.of("auto", "embedding", "lexical", "off")) {
            io.winnow.config.WinnowConfig config = new io.winnow.config.ConfigLoader(java.util.Map.of(),
                    java.nio.file.FileSystems.getDefault()).load(null, java.util.Map.of("analyst.similarity", value));
            assertThat(SimilarityMode.fromSetting(config.analyst().similarity())).isPresent();
        }
        assertThat(io.winnow.config.WinnowConfig.defaults().analyst().similarity()).isEqualTo("auto");
    }

    @Test
    void readsEverySettingValueBack() {
        for (SimilarityMode mode : SimilarityMode.values()) {
            assertThat(SimilarityMode.fromSetting(mode.settingValue())).contains(mode);
        }
        assertThat(SimilarityMode.fromSetting(null)).isEmpty();
    }
}
