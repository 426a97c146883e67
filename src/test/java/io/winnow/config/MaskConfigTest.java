package io.winnow.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The mask section: switches, lists from YAML or comma-separated text, and its refusals. */
class MaskConfigTest {
    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("winnow.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsListsAsYamlListsOrCommaSeparatedTextAndFlagsAsBooleans() throws IOException {
        // given
        Path file = yaml("""
                mask:
                  level: STRICT
                  users: false
                  allow: [8.8.8.8, " 1.1.1.1 ", ""]
                  deny: Acme Widgets, corp.example
                """);

        // when
        WinnowConfig.Mask mask = new ConfigLoader(Map.of("WINNOW_MASK_KEEP_SYSTEM_ACCOUNTS", "false"),
                FileSystems.getDefault()).load(file, Map.of()).mask();

        // then
        assertThat(mask.level()).isEqualTo("strict");
        assertThat(mask.users()).isFalse();
        assertThat(mask.hosts()).isTrue();
        assertThat(mask.keepSystemAccounts()).isFalse();
        assertThat(mask.allow()).containsExactly("8.8.8.8", "1.1.1.1");
        assertThat(mask.deny()).containsExactly("Acme Widgets", "corp.example");
    }

    @Test
    void showsListsAsCommaSeparatedText() {
        // when
        Map<String, String> shown = new ConfigLoader(Map.of("WINNOW_MASK_ALLOW", "8.8.8.8,1.1.1.1"),
                FileSystems.getDefault()).load(null, Map.of()).settings();

        // then
        assertThat(shown).containsEntry("mask.allow", "8.8.8.8, 1.1.1.1").containsEntry("mask.enabled", "true")
                .containsEntry("mask.deny", "");
    }

    @Test
    void refusesAFlagWrittenAsTextAndAListOfMappings() throws IOException {
        // given
        Path file = yaml("""
                mask:
                  enabled: "yes"
                  allow:
                    - {ip: 8.8.8.8}
                """);

        // when
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> new ConfigLoader(Map.of(), FileSystems.getDefault()).load(file, Map.of()));

        // then
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("mask.enabled").contains("true or false"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("mask.allow"));
        assertThat(String.join("\n", e.problems())).doesNotContain("8.8.8.8");
    }
}
