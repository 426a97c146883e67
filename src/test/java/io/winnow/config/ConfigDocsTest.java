package io.winnow.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The documentation and the example file are written by hand; these checks keep them in step with the key table. */
class ConfigDocsTest {
    private static final Path DOCS = Path.of("docs", "configuration.md");
    private static final Path EXAMPLE = Path.of("winnow.example.yaml");

    private static List<String> tableKeys() {
        return ConfigLoader.keys().stream().map(KeyDoc::key).toList();
    }

    /** The cells of the key table's rows: the lines that start with a key in backquotes. */
    private static List<List<String>> documentedRows() throws IOException {
        return Files.readAllLines(DOCS).stream()
                .filter(line -> line.startsWith("| `"))
                .map(line -> List.of(line.substring(1, line.length() - 1).split("\\|")).stream().map(String::strip).toList())
                .toList();
    }

    private static String unquote(String cell) {
        return cell.equals("*(empty)*") ? "" : cell.replace("`", "");
    }

    @Test
    void documentsExactlyTheKeysOfTheTableInOrder() throws IOException {
        // when
        List<String> documented = documentedRows().stream().map(row -> unquote(row.get(0))).toList();

        // then
        assertThat(documented).containsExactlyElementsOf(tableKeys());
    }

    @Test
    void readmeCarriesTheSameKeyTableAsTheReference() throws IOException {
        // given
        String docs = Files.readString(DOCS);
        String table = docs.lines().dropWhile(l -> !l.startsWith("| Key")).takeWhile(l -> l.startsWith("|"))
                .collect(java.util.stream.Collectors.joining("\n"));

        // then
        assertThat(table).isNotEmpty();
        assertThat(Files.readString(Path.of("README.md"))).contains(table);
    }

    @Test
    void documentsEachKeysTypeDefaultAndVariables() throws IOException {
        // given
        List<List<String>> rows = documentedRows();

        // then
        assertThat(rows).hasSameSizeAs(ConfigLoader.keys());
        for (int i = 0; i < rows.size(); i++) {
            KeyDoc key = ConfigLoader.keys().get(i);
            List<String> row = rows.get(i);
            assertThat(row.get(1)).as(key.key()).isEqualTo(key.type());
            assertThat(unquote(row.get(2))).as(key.key()).isEqualTo(key.defaultValue());
            assertThat(row.get(3)).as(key.key()).contains("`" + key.environmentVariable() + "`");
            key.fileVariable().ifPresent(file -> assertThat(row.get(3)).contains("`" + file + "`"));
            assertThat(row.get(4)).as(key.key()).isEqualTo(key.description());
        }
    }

    @Test
    void exampleFileListsExactlyTheKeysOfTheTableInOrder() throws Exception {
        // given
        YamlNode.Mapping root = new YamlReader().read(Files.readAllBytes(EXAMPLE));

        // when
        List<String> listed = new ArrayList<>();
        collectLeaves("", root, listed);

        // then
        assertThat(listed).containsExactlyElementsOf(tableKeys());
    }

    @Test
    void exampleFileLoadsToTheDefaults() {
        // when
        WinnowConfig example = new ConfigLoader(Map.of(), FileSystems.getDefault()).load(EXAMPLE, Map.of());

        // then
        assertThat(example).isEqualTo(WinnowConfig.defaults());
    }

    private static void collectLeaves(String prefix, YamlNode.Mapping mapping, List<String> into) {
        mapping.entries().forEach((name, node) -> {
            if (node instanceof YamlNode.Mapping nested) {
                collectLeaves(prefix + name + ".", nested, into);
            } else {
                into.add(prefix + name);
            }
        });
    }
}
