package io.winnow.analyst.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.util.List;

/**
 * The one JSON Schema every model is asked to answer with, written out by hand so that every property is required
 * and no object admits other properties (a schema generated from a record would make everything optional). The
 * same tree is sent as each provider's native structured-output format, turned into a GBNF grammar for GGUF models,
 * and walked by {@link AnswerValidator}.
 */
final class AnalysisSchema {
    static final String NAME = "winnow_alert_analysis";
    static final List<String> SEVERITIES = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");
    static final List<String> VERDICTS = List.of("TRUE_POSITIVE", "FALSE_POSITIVE", "BENIGN_POSITIVE", "NEEDS_INVESTIGATION");
    /** Number properties that are probabilities, by JSON pointer. */
    static final List<String> UNIT_INTERVALS = List.of("/confidence", "/false_positive/likelihood");
    /** Text properties that must say something, by JSON pointer. */
    static final List<String> NOT_BLANK = List.of("/summary", "/reasoning");

    static final JsonObjectSchema ROOT = JsonObjectSchema.builder()
            .addProperty("summary", text("One or two sentences on what happened."))
            .addProperty("attack_vector", text("What the attacker is trying to do, and how."))
            .addProperty("techniques", JsonArraySchema.builder()
                    .description("MITRE ATT&CK Enterprise techniques, best first, such as T1110 or T1110.001; empty when none applies.")
                    .items(strictObject(JsonObjectSchema.builder().addProperty("id", text("The technique ID."))))
                    .build())
            .addProperty("severity", JsonEnumSchema.builder().enumValues(SEVERITIES).build())
            .addProperty("verdict", JsonEnumSchema.builder().enumValues(VERDICTS).build())
            .addProperty("confidence", number("Confidence in the verdict, from 0 to 1."))
            .addProperty("threat_category", text("A short category such as credential-access or benign-admin."))
            .addProperty("false_positive", strictObject(JsonObjectSchema.builder()
                    .addProperty("likelihood", number("How likely this is a false positive, from 0 to 1."))
                    .addProperty("common_causes", texts("Innocent activity that commonly trips the same rule."))))
            .addProperty("iocs", JsonArraySchema.builder()
                    .description("Indicators of compromise that appear verbatim in the alert; empty when there are none.")
                    .items(strictObject(JsonObjectSchema.builder()
                            .addProperty("type", text("ip, domain, url, email, hash, file_path, username, process, command_line, port, container_id, container_image, registry_key or cve."))
                            .addProperty("value", text("The value exactly as written in the alert."))
                            .addProperty("context", text("Where it appears and why it matters."))))
                    .build())
            .addProperty("mitigations", strictObject(JsonObjectSchema.builder()
                    .addProperty("immediate", texts("Actions for now, within the hour."))
                    .addProperty("short_term", texts("Actions for this week."))
                    .addProperty("long_term", texts("Actions for this quarter."))))
            .addProperty("next_steps", texts("Investigation steps for the analyst."))
            .addProperty("reasoning", text("Why the evidence leads to this verdict."))
            .required("summary", "attack_vector", "techniques", "severity", "verdict", "confidence", "threat_category",
                    "false_positive", "iocs", "mitigations", "next_steps", "reasoning")
            .additionalProperties(false)
            .build();

    static final JsonSchema SCHEMA = JsonSchema.builder().name(NAME).rootElement(ROOT).build();

    static final ResponseFormat RESPONSE_FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON).jsonSchema(SCHEMA).build();

    private AnalysisSchema() {
    }

    /** The schema as a JSON Schema document, for grammars and documentation. */
    static ObjectNode asJson() {
        return toJson(ROOT);
    }

    private static ObjectNode toJson(JsonSchemaElement element) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        switch (element) {
            case JsonObjectSchema o -> {
                node.put("type", "object");
                ObjectNode properties = node.putObject("properties");
                o.properties().forEach((name, child) -> properties.set(name, toJson(child)));
                ArrayNode required = node.putArray("required");
                o.required().forEach(required::add);
                node.put("additionalProperties", false);
            }
            case JsonArraySchema a -> {
                node.put("type", "array");
                node.set("items", toJson(a.items()));
            }
            case JsonEnumSchema e -> {
                node.put("type", "string");
                ArrayNode values = node.putArray("enum");
                e.enumValues().forEach(values::add);
            }
            case JsonNumberSchema n -> node.put("type", "number");
            case JsonStringSchema s -> node.put("type", "string");
            default -> throw new IllegalStateException("unexpected schema element " + element.getClass().getSimpleName());
        }
        String description = element.description();
        if (description != null) {
            node.put("description", description);
        }
        return node;
    }

    private static JsonObjectSchema strictObject(JsonObjectSchema.Builder builder) {
        JsonObjectSchema draft = builder.build();
        return builder.required(List.copyOf(draft.properties().keySet())).additionalProperties(false).build();
    }

    private static JsonStringSchema text(String description) {
        return JsonStringSchema.builder().description(description).build();
    }

    private static JsonNumberSchema number(String description) {
        return JsonNumberSchema.builder().description(description).build();
    }

    private static JsonArraySchema texts(String description) {
        return JsonArraySchema.builder().description(description).items(JsonStringSchema.builder().build()).build();
    }
}
