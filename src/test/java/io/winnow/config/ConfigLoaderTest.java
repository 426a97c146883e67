package io.winnow.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
    void reportsEveryInvalidValueAtOnceNamingKeyAndReason() throws IOException {
        // given
        Path file = yaml("""
                server:
                  port: 70000
                  max_body_bytes: -5
                store:
                  url: "mysql://db/winnow"
                triage:
                  low_confidence_threshold: 1.5
                log:
                  level: loud
                """);

        // when
        ConfigException e = failure(loader(Map.of("WINNOW_TRIAGE_CONCURRENCY", "many")), file, Map.of());

        // then
        assertThat(e.problems()).hasSize(6);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("server.port:").contains("between 1 and 65535").contains("line 2"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("server.max_body_bytes:").contains("was -5"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("store.url:").contains("jdbc:sqlite:").doesNotContain("mysql"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("triage.low_confidence_threshold:").contains("between 0.0 and 1.0"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("log.level:").contains("trace, debug, info, warn, error"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("triage.concurrency:").contains("expected an integer").contains("WINNOW_TRIAGE_CONCURRENCY"));
        assertThat(e.getMessage()).contains("6 problems");
    }

    @Test
    void refusesWrongYamlTypesNamingTheKey() throws IOException {
        // given
        Path file = yaml("""
                server:
                  port: "8080"
                  host: [a, b]
                store: true
                triage:
                  concurrency: 2.5
                """);

        // when
        ConfigException e = failure(loader(Map.of()), file, Map.of());

        // then
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "server.port: expected an integer, got text (in " + file + " line 2)",
                "server.host: expected text, got a list (in " + file + " line 3)",
                "store: expected a mapping of store.* keys, got a boolean (in " + file + " line 4)",
                "triage.concurrency: expected an integer, got a decimal number (in " + file + " line 6)");
    }

    @Test
    void stopsOnUnknownKeysAtAnyDepthWithASuggestion() throws IOException {
        // given
        Path file = yaml("""
                server:
                  prot: 9000
                servre:
                  host: x
                triage:
                  port: 1
                llm:
                  provider: ollama
                """);

        // when
        ConfigException e = failure(loader(Map.of()), file, Map.of());

        // then
        assertThat(e.problems()).hasSize(4);
        assertThat(e.problems().get(0)).startsWith("server.prot: unknown key").endsWith("(did you mean server.port?)");
        assertThat(e.problems().get(1)).startsWith("servre: unknown key").endsWith("(did you mean server?)");
        assertThat(e.problems().get(2)).startsWith("triage.port: unknown key").endsWith("(did you mean server.port?)");
        assertThat(e.problems().get(3)).startsWith("llm: unknown key").doesNotContain("did you mean");
    }

    @Test
    void refusesDottedKeysInTheFile() throws IOException {
        // given
        Path file = yaml("server.port: 9000\n");

        // when
        ConfigException e = failure(loader(Map.of()), file, Map.of());

        // then
        assertThat(e.problems()).singleElement().asString().startsWith("server.port: unknown key").contains("nested");
    }

    @Test
    void stopsOnUnknownEnvironmentVariablesButNotOnReservedOnes() {
        // given
        Map<String, String> environment = Map.of(
                "WINNOW_SERVER_PROT", "9000",
                "WINNOW_HOME", "/opt/winnow",
                "WINNOW_CONFIG_DIR", "x",
                "PATH", "/usr/bin");

        // when
        ConfigException e = failure(loader(environment), null, Map.of());

        // then
        assertThat(e.problems()).containsExactly(
                "WINNOW_CONFIG_DIR: unknown environment variable",
                "WINNOW_SERVER_PROT: unknown environment variable (did you mean WINNOW_SERVER_PORT?)");
    }

    @Test
    void stopsOnUnknownCommandLineKeys() {
        // when
        ConfigException e = failure(loader(Map.of()), null, Map.of("server.prt", "1"));

        // then
        assertThat(e.problems()).containsExactly("server.prt: unknown key on the command line (did you mean server.port?)");
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
    void neverPutsASecretIntoAMessageOrAToString() throws IOException {
        // given
        String secret = "hunter2-VERY-SECRET";
        Path file = yaml("store:\n  password:\n    nested: " + secret + "\n  url: \"jdbc:mysql://u:" + secret + "@db/x\"\n"
                + "server:\n  port: \"" + secret + "\"\n\tbroken: " + secret + "\n");
        Path secretFile = dir.resolve("pw");
        Files.writeString(secretFile, secret);

        // when
        ConfigException badYaml = failure(loader(Map.of()), file, Map.of());
        ConfigException badValues = failure(loader(Map.of("WINNOW_SERVER_PORT", secret)), null,
                Map.of("store.url", "jdbc:mysql://x?password=" + secret));
        WinnowConfig loaded = loader(Map.of("WINNOW_STORE_PASSWORD_FILE", secretFile.toString())).load(null,
                Map.of("store.url", "jdbc:postgresql://winnow:" + secret + "@db/winnow?password=" + secret + "&ssl=true"));

        // then
        assertThat(badYaml.getMessage()).contains("not valid YAML").doesNotContain(secret);
        assertThat(badValues.problems()).hasSize(2).allSatisfy(p -> assertThat(p).doesNotContain(secret));
        assertThat(loaded.toString()).doesNotContain(secret).contains("password=[hidden]");
        assertThat(loaded.settings()).doesNotContainValue(secret)
                .containsEntry("store.password", "[hidden]")
                .containsEntry("store.url", "jdbc:postgresql://winnow:[hidden]@db/winnow?password=[hidden]&ssl=true");
        assertThat(loaded.settings().toString()).doesNotContain(secret);
    }

    @Test
    void refusesDuplicateKeysAnchorsAndSeveralDocuments() throws IOException {
        // when
        ConfigException duplicate = failure(loader(Map.of()), yaml("server:\n  port: 1\n  port: 2\n"), Map.of());
        ConfigException alias = failure(loader(Map.of()), yaml("server: &s\n  port: 1\nstore: *s\n"), Map.of());
        ConfigException twoDocuments = failure(loader(Map.of()), yaml("server:\n  port: 1\n---\nserver:\n  port: 2\n"), Map.of());
        ConfigException notAMapping = failure(loader(Map.of()), yaml("- server\n"), Map.of());

        // then
        assertThat(duplicate.problems()).singleElement().asString().contains("'port' twice").contains("line 3");
        assertThat(alias.problems()).singleElement().asString().contains("anchors or aliases");
        assertThat(twoDocuments.problems()).singleElement().asString().contains("more than one YAML document");
        assertThat(notAMapping.problems()).singleElement().asString().contains("top level must be a mapping");
    }

    @Test
    void refusesAConfigFileLargerThanOneMebibyte() throws IOException {
        // given
        Path file = dir.resolve("huge.yaml");
        Files.writeString(file, "# " + "x".repeat(YamlReader.MAX_BYTES) + "\n", StandardCharsets.UTF_8);

        // when
        ConfigException e = failure(loader(Map.of()), file, Map.of());

        // then
        assertThat(e.problems()).singleElement().asString().contains("larger than 1048576 bytes");
    }

    @Test
    void refusesAStixPathThatNamesNoReadableFile() throws IOException {
        // given
        Path bundle = dir.resolve("enterprise-attack.json");
        Files.writeString(bundle, "{}");

        // when
        WinnowConfig ok = loader(Map.of("WINNOW_ATTACK_STIX_PATH", bundle.toString())).load(null, Map.of());
        ConfigException missing = failure(loader(Map.of("WINNOW_ATTACK_STIX_PATH", dir.resolve("x.json").toString())), null, Map.of());

        // then
        assertThat(ok.attack().stixPath()).isEqualTo(bundle.toString());
        assertThat(missing.problems()).containsExactly("attack.stix_path: names no readable file (from WINNOW_ATTACK_STIX_PATH)");
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
}
