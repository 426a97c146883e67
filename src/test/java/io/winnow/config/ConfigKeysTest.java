package io.winnow.config;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The key table is the single source of truth; these checks keep it consistent with itself and the records. */
class ConfigKeysTest {
    @Test
    void namesEveryKeyInNestedSnakeCase() {
        assertThat(ConfigKeys.ALL).allSatisfy(key ->
                assertThat(key.name()).matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+"));
    }

    @Test
    void givesEveryKeyItsOwnEnvironmentVariable() {
        // given
        List<String> variables = ConfigKeys.environmentVariables();

        // when
        Set<String> distinct = new HashSet<>(variables);

        // then
        assertThat(distinct).hasSameSizeAs(variables).doesNotContainAnyElementsOf(EnvironmentSettings.RESERVED);
        assertThat(ConfigLoader.keys()).anySatisfy(doc -> {
            assertThat(doc.key()).isEqualTo("server.max_body_bytes");
            assertThat(doc.environmentVariable()).isEqualTo("WINNOW_SERVER_MAX_BODY_BYTES");
            assertThat(doc.fileVariable()).isEmpty();
        });
    }

    @Test
    void makesExactlyTheKeysNamedLikeSecretsSecret() {
        assertThat(ConfigKeys.ALL).allSatisfy(key ->
                assertThat(key.type() instanceof ValueType.SecretText).as(key.name()).isEqualTo(key.secret()));
        assertThat(ConfigLoader.keys()).filteredOn(KeyDoc::secret).extracting(KeyDoc::fileVariable)
                .allSatisfy(file -> assertThat(file).isPresent().get().asString().endsWith("_FILE"));
    }

    @Test
    void acceptsEveryDefaultAsItsOwnValue() {
        assertThat(ConfigKeys.ALL).allSatisfy(key -> {
            String asText = key.defaultValue() instanceof Secret secret ? secret.reveal() : key.type().display(key.defaultValue());
            ValueType.Parsed parsed = key.type().fromText(asText);
            assertThat(parsed.problem()).as(key.name()).isNull();
            assertThat(parsed.value()).as(key.name()).isEqualTo(key.defaultValue());
        });
    }

    @Test
    void bindsEveryKeyToExactlyOneRecordComponent() {
        // when
        WinnowConfig defaults = WinnowConfig.defaults();

        // then: settings() reads each key back from the records, so a key without a component fails here,
        // and binding fails on a component without a key
        assertThat(defaults.settings().keySet()).containsExactlyElementsOf(ConfigLoader.keys().stream().map(KeyDoc::key).toList());
        assertThat(defaults.settings()).containsEntry("server.port", "8080")
                .containsEntry("server.max_body_bytes", "1048576")
                .containsEntry("triage.low_confidence_threshold", "0.7")
                .containsEntry("store.password", "[empty]");
    }

    @Test
    void hasTheDocumentedDefaults() {
        // when
        WinnowConfig config = WinnowConfig.defaults();

        // then
        assertThat(config.server()).isEqualTo(new WinnowConfig.Server("127.0.0.1", 8080, 1_048_576));
        assertThat(config.store()).isEqualTo(new WinnowConfig.Store("", "", Secret.empty(), "./data"));
        assertThat(config.attack().stixPath()).isEmpty();
        assertThat(config.triage()).isEqualTo(new WinnowConfig.Triage(50, 8, 0.7, 60));
        assertThat(config.log().level()).isEqualTo("info");
    }

    @Test
    void suggestsCloseNamesOnly() {
        List<String> known = ConfigKeys.namesAndSections();
        assertThat(NearestName.to("server.prot", known)).contains("server.port");
        assertThat(NearestName.to("store.datadir", known)).contains("store.data_dir");
        assertThat(NearestName.to("port", known)).contains("server.port");
        assertThat(NearestName.to("kafka", known)).isEmpty();
    }
}
