package io.winnow.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Everything that stops the start: unknown names, invalid values, unsafe YAML, and no secret in any message. */
class ConfigProblemsTest {
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
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("server.port:").contains("between 0 and 65535").contains("line 2"));
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
                kafka:
                  brokers: localhost:9092
                """);

        // when
        ConfigException e = failure(loader(Map.of()), file, Map.of());

        // then
        assertThat(e.problems()).hasSize(4);
        assertThat(e.problems().get(0)).startsWith("server.prot: unknown key").endsWith("(did you mean server.port?)");
        assertThat(e.problems().get(1)).startsWith("servre: unknown key").endsWith("(did you mean server?)");
        assertThat(e.problems().get(2)).startsWith("triage.port: unknown key").endsWith("(did you mean server.port?)");
        assertThat(e.problems().get(3)).startsWith("kafka: unknown key").doesNotContain("did you mean");
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
}
