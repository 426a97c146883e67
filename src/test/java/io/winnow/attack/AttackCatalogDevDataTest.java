package io.winnow.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Extra checks against the shared development data; skipped when it is not next to the repository. */
class AttackCatalogDevDataTest {
    private static final Path DEV_DATA = Path.of("..", "shared", "dev-data");

    private final AttackCatalog catalog = AttackCatalog.bundled();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void resolvesTheTechniquesThatRealRulesCarry() throws IOException {
        // given
        assumeTrue(Files.isDirectory(DEV_DATA), "no ../shared/dev-data");
        Set<String> ids = new TreeSet<>();
        ids.addAll(techniques(DEV_DATA.resolve("wazuh-log-samples.jsonl")));
        ids.addAll(techniques(DEV_DATA.resolve("sigma-regression-events.jsonl")));

        // when
        Set<String> rejected = new TreeSet<>();
        for (String id : ids) {
            if (!catalog.resolve(id).accepted()) {
                rejected.add(id);
            }
        }

        // then: newer Sigma rules cite post-18.1 IDs, which an 18.1 catalog cannot know; nothing is deprecated
        assertThat(ids).isNotEmpty();
        assertThat(rejected.size()).isLessThan(ids.size() / 20);
        assertThat(rejected).allSatisfy(id ->
                assertThat(catalog.resolve(id)).isInstanceOf(Resolution.Unknown.class));
        assertThat(catalog.resolve("T1574.002").resolved()).map(Technique::id).contains("T1574.001");
    }

    private Set<String> techniques(Path file) throws IOException {
        Set<String> ids = new TreeSet<>();
        if (!Files.exists(file)) {
            return ids;
        }
        for (String line : Files.readAllLines(file)) {
            JsonNode row = json.readTree(line);
            row.path("techniques").forEach(t -> ids.add(t.asText()));
        }
        return ids;
    }
}
