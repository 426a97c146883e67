package io.winnow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.Alert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.winnow.ingest.TestIntake.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What every {@link AlertParser} promises, checked against each implementation with one of its real inputs. */
class AlertParserContractTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static Stream<Arguments> parsers() {
        return Stream.of(
                Arguments.of(new FalcoParser(), fixture("falco/read-sensitive-file-k8s.json")),
                Arguments.of(new WazuhParser(), fixture("wazuh/alerts-windows-logon-failure.json")),
                Arguments.of(new WazuhParser(), fixture("wazuh/triage-sshd-bruteforce.json")),
                Arguments.of(new SibParser(), fixture("sib/sib-alert-field.json")),
                Arguments.of(new RawTextParser(), "{\"raw_alert\":\"<38>Nov 22 10:15:01 web-01 sshd[1]: x\"}"));
    }

    @ParameterizedTest
    @MethodSource("parsers")
    void recognisesAndParsesItsOwnFormat(AlertParser parser, String sample) throws Exception {
        ObjectNode node = (ObjectNode) MAPPER.readTree(sample);

        Alert alert = parser.parse(node, TestIntake.context());

        assertThat(parser.recognises(node)).isTrue();
        assertThat(alert.format()).isEqualTo(parser.format());
        assertThat(alert.id()).isEqualTo("alert-1");
        assertThat(alert.receivedAt()).isEqualTo(TestIntake.NOW);
        assertThat(alert.message()).isNotBlank().hasSizeLessThanOrEqualTo(IntakeLimits.MAX_STRING);
        assertThat(alert.fields()).hasSizeLessThanOrEqualTo(IntakeLimits.MAX_FIELDS);
    }

    @ParameterizedTest
    @MethodSource("parsers")
    void rejectsEmptyObjectWithRequiredFieldErrorsAndDrawsNoId(AlertParser parser, String sample) {
        AtomicInteger drawn = new AtomicInteger();
        ParseContext context = new ParseContext(Instant.EPOCH, ZoneOffset.UTC, () -> "id-" + drawn.incrementAndGet());

        assertThatThrownBy(() -> parser.parse(NODES.objectNode(), context))
                .isInstanceOfSatisfying(AlertParseException.class, e ->
                        assertThat(e.errors()).isNotEmpty().allSatisfy(err -> assertThat(err.reason()).isNotBlank()));
        assertThat(drawn).hasValue(0);
    }

    @ParameterizedTest
    @MethodSource("parsers")
    void answersAnyWrongTypeWithFieldErrorsOnly(AlertParser parser, String sample) throws Exception {
        ObjectNode original = (ObjectNode) MAPPER.readTree(sample);
        for (String path : scalarAndContainerPaths(original, "")) {
            for (JsonNode wrong : wrongValues()) {
                ObjectNode mutated = original.deepCopy();
                replace(mutated, path, wrong);

                Throwable thrown = catchThrowable(() -> parser.parse(mutated, TestIntake.context()));

                assertThat(thrown).as("%s = %s", path, wrong).satisfiesAnyOf(
                        t -> assertThat(t).isNull(),
                        t -> assertThat(t).isInstanceOf(AlertParseException.class));
            }
        }
    }

    private static List<JsonNode> wrongValues() {
        return List.of(NODES.nullNode(), NODES.numberNode(-1), NODES.numberNode(1.5), NODES.booleanNode(true),
                NODES.textNode(""), NODES.textNode("\u0000"), NODES.arrayNode().add(1).add("x"),
                NODES.objectNode().put("k", "v"));
    }

    /** Dotted paths of every member of every object in the tree (not inside arrays). */
    private static List<String> scalarAndContainerPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String path = prefix.isEmpty() ? field.getKey() : prefix + "\u0001" + field.getKey();
            paths.add(path);
            if (field.getValue().isObject()) {
                paths.addAll(scalarAndContainerPaths(field.getValue(), path));
            }
        }
        return paths;
    }

    private static void replace(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\u0001");
        ObjectNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (ObjectNode) parent.get(parts[i]);
        }
        parent.set(parts[parts.length - 1], value);
    }
}
