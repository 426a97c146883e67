package io.winnow.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Where values come from and in which order they win. */
class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("winnow.yaml");
        Files.writeString(file, text);
        return file;
    }

    private static ConfigLoader loader(Map<String, String> environment) {
        return new ConfigLoader(environment, FileSystems.getDefault());
    }

    private static ConfigException failure(ConfigLoader loader, Path file, Map<String, String> overrides) {
        return catchThrowableOfType(ConfigException.class, () -> loader.load(file, overrides));
    }

    @Test
    void readsNestedSnakeCaseKeysFromTheFile() throws IOException {
        // given
        Path file = yaml("""
                server:
                  host: 0.0.0.0
                  port: 9000
                  max_body_bytes: 2048
                triage:
                  low_confidence_threshold: 0.55
                log:
                  level: DEBUG
                """);

        // when
        WinnowConfig config = loader(Map.of()).load(file, Map.of());

        // then
        assertThat(config.server()).isEqualTo(new WinnowConfig.Server("0.0.0.0", 9000, 2048));
        assertThat(config.triage().lowConfidenceThreshold()).isEqualTo(0.55);
        assertThat(config.triage().batchMaxAlerts()).isEqualTo(50);
        assertThat(config.log().level()).isEqualTo("debug");
    }

    @Test
    void appliesDefaultsThenFileThenEnvironmentThenCommandLine() throws IOException {
        // given
        Path file = yaml("server:\n  port: 1001\n  host: file-host\nstore:\n  user: file-user\n");
        ConfigLoader loader = loader(Map.of("WINNOW_SERVER_PORT", "1002", "WINNOW_SERVER_HOST", "env-host"));

        // when
        WinnowConfig withOverride = loader.load(file, Map.of("server.port", "1003"));
        WinnowConfig withoutOverride = loader.load(file, Map.of());

        // then
        assertThat(withOverride.server().port()).isEqualTo(1003);
        assertThat(withOverride.server().host()).isEqualTo("env-host");
        assertThat(withOverride.store().user()).isEqualTo("file-user");
        assertThat(withOverride.store().dataDir()).isEqualTo("./data");
        assertThat(withoutOverride.server().port()).isEqualTo(1002);
    }

    @Test
    void findsTheFileThroughWinnowConfig() throws IOException {
        // given
        Path file = yaml("server:\n  port: 7070\n");

        // when
        WinnowConfig config = loader(Map.of("WINNOW_CONFIG", file.toString())).load(null, Map.of());

        // then
        assertThat(config.server().port()).isEqualTo(7070);
    }

    @Test
    void looksForWinnowYamlInTheWorkingDirectoryWhenNoFileIsNamed() throws IOException {
        // given: a zip file system stands in for the working directory, its root being the current directory
        try (var zip = FileSystems.newFileSystem(dir.resolve("cwd.zip"), Map.of("create", "true"))) {
            Files.writeString(zip.getPath("winnow.yaml"), "log:\n  level: warn\n");

            // when
            WinnowConfig config = new ConfigLoader(Map.of(), zip).load(null, Map.of());

            // then
            assertThat(config.log().level()).isEqualTo("warn");
        }
    }

    @Test
    void usesOnlyDefaultsWhenNoFileExists() throws IOException {
        // given
        try (var empty = FileSystems.newFileSystem(dir.resolve("empty.zip"), Map.of("create", "true"))) {

            // when
            WinnowConfig config = new ConfigLoader(Map.of(), empty).load(null, null);

            // then
            assertThat(config).isEqualTo(WinnowConfig.defaults());
        }
    }

    @Test
    void namesAMissingConfigFile() {
        // when
        ConfigException named = failure(loader(Map.of()), dir.resolve("nope.yaml"), Map.of());
        ConfigException fromEnvironment = failure(loader(Map.of("WINNOW_CONFIG", dir.resolve("gone.yaml").toString())), null, Map.of());

        // then
        assertThat(named.problems()).singleElement().asString().contains("nope.yaml").contains("not found");
        assertThat(fromEnvironment.problems()).singleElement().asString().startsWith("WINNOW_CONFIG").contains("not found");
    }

    @Test
    void defaultsTheJdbcUrlToSqliteUnderTheDataDirectory() {
        // when
        WinnowConfig embedded = loader(Map.of("WINNOW_STORE_DATA_DIR", "/var/lib/winnow/")).load(null, Map.of());
        WinnowConfig postgres = loader(Map.of("WINNOW_STORE_URL", "jdbc:postgresql://db:5432/winnow")).load(null, Map.of());

        // then
        assertThat(embedded.store().jdbcUrl()).isEqualTo("jdbc:sqlite:/var/lib/winnow/winnow.db");
        assertThat(WinnowConfig.defaults().store().jdbcUrl()).isEqualTo("jdbc:sqlite:./data/winnow.db");
        assertThat(postgres.store().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/winnow");
    }

    @Test
    void treatsANullValueInTheFileAsUnset() throws IOException {
        // given
        Path file = yaml("server:\n  port:\nstore:\n");

        // when
        WinnowConfig config = loader(Map.of()).load(file, Map.of());

        // then
        assertThat(config.server().port()).isEqualTo(8080);
    }

    @Test
    void readsASecretFromTheFileNamedByItsFileVariableTrimmingOneNewline() throws IOException {
        // given
        Path secret = dir.resolve("db_password");
        Files.writeString(secret, "s3cr3t with spaces \n\n");

        // when
        WinnowConfig config = loader(Map.of("WINNOW_STORE_PASSWORD_FILE", secret.toString())).load(null, Map.of());

        // then
        assertThat(config.store().password().reveal()).isEqualTo("s3cr3t with spaces \n");
    }

    @Test
    void prefersTheSecretFileToTheFileAndOnlyTheCommandLineBeatsIt() throws IOException {
        // given
        Path secret = dir.resolve("db_password");
        Files.writeString(secret, "from-file\r\n");
        Path file = yaml("store:\n  password: from-yaml\n");
        ConfigLoader loader = loader(Map.of("WINNOW_STORE_PASSWORD_FILE", secret.toString()));

        // when
        WinnowConfig config = loader.load(file, Map.of());
        WinnowConfig overridden = loader.load(file, Map.of("store.password", "from-cli"));

        // then
        assertThat(config.store().password()).isEqualTo(Secret.of("from-file"));
        assertThat(overridden.store().password()).isEqualTo(Secret.of("from-cli"));
    }

    @Test
    void refusesBothThePlainAndTheFileVariableForOneSecret() throws IOException {
        // given
        Path secret = dir.resolve("db_password");
        Files.writeString(secret, "from-file");

        // when
        ConfigException e = failure(loader(Map.of(
                "WINNOW_STORE_PASSWORD", "from-env",
                "WINNOW_STORE_PASSWORD_FILE", secret.toString())), null, Map.of());

        // then
        assertThat(e.problems()).containsExactly(
                "WINNOW_STORE_PASSWORD and WINNOW_STORE_PASSWORD_FILE are both set; set only one of them");
    }

    @Test
    void namesTheVariableWhenItsSecretFileCannotBeRead() throws IOException {
        // given
        Path notUtf8 = dir.resolve("binary");
        Files.write(notUtf8, new byte[] {(byte) 0xC3, (byte) 0x28});

        // when
        ConfigException missing = failure(loader(Map.of("WINNOW_STORE_PASSWORD_FILE", dir.resolve("absent").toString())), null, Map.of());
        ConfigException binary = failure(loader(Map.of("WINNOW_STORE_PASSWORD_FILE", notUtf8.toString())), null, Map.of());

        // then
        assertThat(missing.problems()).containsExactly("WINNOW_STORE_PASSWORD_FILE: cannot read the file it names (no such file)");
        assertThat(binary.problems()).containsExactly("WINNOW_STORE_PASSWORD_FILE: the file it names is not UTF-8 text");
    }

    @Test
    void refusesAFileVariableForAKeyThatIsNotSecret() {
        // when
        ConfigException e = failure(loader(Map.of("WINNOW_SERVER_PORT_FILE", "/run/secrets/port")), null, Map.of());

        // then
        assertThat(e.problems()).singleElement().asString()
                .startsWith("WINNOW_SERVER_PORT_FILE: only secret keys").contains("set WINNOW_SERVER_PORT instead");
    }

    @Test
    void keepsTheCallersMapsUntouched() {
        // given
        Map<String, String> environment = new HashMap<>(Map.of("WINNOW_LOG_LEVEL", "error"));
        ConfigLoader loader = loader(environment);
        environment.put("WINNOW_LOG_LEVEL", "trace");

        // when / then
        assertThat(loader.load(null, Map.of()).log().level()).isEqualTo("error");
        assertThatThrownBy(() -> loader.load(null, Map.of("log.level", "verbose")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("log.level: must be one of");
    }

    @Test
    void readsAnalystListsFromTheFileAsListsAndFromTheEnvironmentAsCommaSeparatedText() throws IOException {
        // given
        Path file = yaml("""
                analyst:
                  production_hosts: ["prod-*", "*.prod.example.com"]
                  privileged_users:
                    - root
                    - Administrator
                """);
        Path patterns = Files.createDirectory(dir.resolve("patterns"));

        // when
        WinnowConfig config = loader(Map.of("WINNOW_ANALYST_SCANNER_ALLOWLIST", "10.0.5.0/24, nessus-01 ,",
                "WINNOW_ANALYST_PATTERNS_DIR", patterns.toString())).load(file, Map.of());

        // then
        assertThat(config.analyst().productionHosts()).containsExactly("prod-*", "*.prod.example.com");
        assertThat(config.analyst().privilegedUsers()).containsExactly("root", "Administrator");
        assertThat(config.analyst().scannerAllowlist()).containsExactly("10.0.5.0/24", "nessus-01");
        assertThat(config.analyst().patternsDir()).isEqualTo(patterns.toString());
        assertThat(config.analyst().crownJewelPaths()).isEmpty();
        assertThat(config.settings()).containsEntry("analyst.production_hosts", "prod-*, *.prod.example.com");
    }

    @Test
    void refusesAPatternsDirectoryThatDoesNotExistAndAListOfMappings() throws IOException {
        // given
        Path file = yaml("""
                analyst:
                  patterns_dir: /nonexistent/winnow-patterns
                  privileged_users: [{name: root}]
                """);

        // when
        ConfigException e = failure(loader(Map.of()), file, Map.of());

        // then
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("analyst.patterns_dir")
                .contains("names no readable directory"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("analyst.privileged_users")
                .contains("expected a list of text"));
    }
}
