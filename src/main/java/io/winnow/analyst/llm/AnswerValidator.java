package io.winnow.analyst.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a parsed answer against {@link AnalysisSchema} and gathers every problem at once, so that one repair
 * request can fix them all. Strict on what the schema says (every property present, of its type, enums from their
 * list, probabilities within 0..1, summary and reasoning not empty); tolerant only where nothing is lost: enum values match whatever their case or
 * separators ({@code "True Positive"}), and properties the schema does not know are ignored. Problems name the
 * field and the rule, never the value.
 */
final class AnswerValidator {
    /** More problems than this are summarised: a repair request stays short. */
    static final int MAX_PROBLEMS = 20;

    List<String> problems(ObjectNode answer) {
        List<String> problems = new ArrayList<>();
        check("", AnalysisSchema.ROOT, answer, problems);
        for (String pointer : AnalysisSchema.UNIT_INTERVALS) {
            JsonNode value = answer.at(pointer);
            if (value.isNumber() && !(value.asDouble() >= 0 && value.asDouble() <= 1)) {
                problems.add(field(pointer) + ": must be between 0 and 1");
            }
        }
        for (String pointer : AnalysisSchema.NOT_BLANK) {
            JsonNode value = answer.at(pointer);
            if (value.isTextual() && value.asText().isBlank()) {
                problems.add(field(pointer) + ": must not be empty");
            }
        }
        if (problems.size() > MAX_PROBLEMS) {
            int more = problems.size() - MAX_PROBLEMS;
            problems.subList(MAX_PROBLEMS, problems.size()).clear();
            problems.add("and " + more + " more problems of the same kinds");
        }
        return List.copyOf(problems);
    }

    private void check(String path, JsonSchemaElement schema, JsonNode node, List<String> problems) {
        String where = path.isEmpty() ? "the answer" : path;
        switch (schema) {
            case JsonObjectSchema object -> {
                if (!node.isObject()) {
                    problems.add(where + ": must be an object");
                    return;
                }
                for (String name : object.required()) {
                    JsonNode child = node.get(name);
                    String childPath = path.isEmpty() ? name : path + "." + name;
                    if (child == null) {
                        problems.add(childPath + ": is missing");
                    } else {
                        check(childPath, object.properties().get(name), child, problems);
                    }
                }
            }
            case JsonArraySchema array -> {
                if (!node.isArray()) {
                    problems.add(where + ": must be an array");
                    return;
                }
                for (int i = 0; i < node.size(); i++) {
                    check(path + "[" + i + "]", array.items(), node.get(i), problems);
                }
            }
            case JsonEnumSchema choice -> {
                if (!node.isTextual() || choice.enumValues().stream().noneMatch(v -> key(v).equals(key(node.asText())))) {
                    problems.add(where + ": must be one of " + String.join(", ", choice.enumValues()));
                }
            }
            case JsonNumberSchema number -> {
                if (!node.isNumber()) {
                    problems.add(where + ": must be a number");
                }
            }
            case JsonStringSchema text -> {
                if (!node.isTextual()) {
                    problems.add(where + ": must be a string");
                }
            }
            default -> throw new IllegalStateException("unexpected schema element " + schema.getClass().getSimpleName());
        }
    }

    /** An enum value compared without regard to case or separators. */
    static String key(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
    }

    private static String field(String pointer) {
        return pointer.substring(1).replace('/', '.');
    }
}
