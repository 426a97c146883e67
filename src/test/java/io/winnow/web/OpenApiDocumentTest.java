package io.winnow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.TestEngines;
import io.winnow.triage.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document served at /openapi.json describes exactly the routes the server registers. */
class OpenApiDocumentTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void documentsExactlyTheRegisteredRoutes(@TempDir Path dir) throws IOException {
        try (Engine engine = TestEngines.sqlite(dir);
             WebServer server = new WebServer(engine, 1024 * 1024, 50, Clock.systemUTC())) {
            int port = server.start("127.0.0.1", 0);
            JsonNode doc = new HttpClientSupport(port).get("/openapi.json").json();

            Set<String> documented = new TreeSet<>();
            doc.get("paths").properties().forEach(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
            Set<String> registered = new TreeSet<>();
            server.routes().forEach(r -> registered.add(r.method().name() + " " + r.path()));

            assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
            assertThat(documented).isEqualTo(registered);
        }
    }

    @Test
    void embedsTheCanonicalAnalysisSchemaUnchanged() throws IOException {
        JsonNode doc = json.readTree(getClass().getResourceAsStream("/openapi.json"));
        ObjectNode schema = (ObjectNode) json.readTree(Files.readString(Path.of("docs", "analysis-schema.json")));
        schema.remove("$schema");
        schema.remove("$id");

        assertThat(doc.at("/components/schemas/Analysis")).isEqualTo(schema);
    }

    @Test
    void everyReferencedSchemaExists() throws IOException {
        JsonNode doc = json.readTree(getClass().getResourceAsStream("/openapi.json"));
        Set<String> refs = new TreeSet<>();
        collectRefs(doc, refs);

        assertThat(refs).isNotEmpty().allSatisfy(ref ->
                assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                refs.add(node.get("$ref").asText());
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collectRefs(it.next(), refs);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
