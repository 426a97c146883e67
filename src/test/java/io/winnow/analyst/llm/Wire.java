package io.winnow.analyst.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How each HTTP provider's API looks on the wire, for fake servers and request assertions: where the request
 * carries the schema and the messages, and where a recorded response carries the answer.
 */
enum Wire {
    OLLAMA(Provider.OLLAMA, "/api/chat", "/format", "/message/content", "ollama"),
    OPENAI(Provider.OPENAI, "/v1/chat/completions", "/response_format/json_schema/schema", "/choices/0/message/content", "openai"),
    ANTHROPIC(Provider.ANTHROPIC, "/v1/messages", "/output_config/format/schema", "/content/0/text", "anthropic");

    private static final ObjectMapper JSON = new ObjectMapper();

    final Provider provider;
    final String path;
    final String schemaPointer;
    final String answerPointer;
    final String resources;

    Wire(Provider provider, String path, String schemaPointer, String answerPointer, String resources) {
        this.provider = provider;
        this.path = path;
        this.schemaPointer = schemaPointer;
        this.answerPointer = answerPointer;
        this.resources = resources;
    }

    /** The base URL to configure for a fake server, as STACK.md says each client wants it. */
    String baseUrl(String root) {
        return switch (this) {
            case OLLAMA -> root;
            case OPENAI -> root + "/v1";
            case ANTHROPIC -> root + "/v1/";
        };
    }

    /** The recorded chat response with its answer replaced by the given text. */
    FakeModelServer.Reply answering(String answerText) {
        ObjectNode envelope = (ObjectNode) readJson(resources + "/chat.json");
        String parent = answerPointer.substring(0, answerPointer.lastIndexOf('/'));
        String field = answerPointer.substring(answerPointer.lastIndexOf('/') + 1);
        ((ObjectNode) envelope.at(parent)).put(field, answerText);
        return FakeModelServer.Reply.ok(envelope.toString());
    }

    /** A recorded answer from {@code llm/answers/}. */
    FakeModelServer.Reply answering(Answer answer) {
        return answering(answer.text());
    }

    /** A recorded error response, {@code llm/<provider>/error-<status>.json}. */
    FakeModelServer.Reply error(int status) {
        return FakeModelServer.Reply.status(status, read(resources + "/error-" + status + ".json"));
    }

    /** The system prompt of a request. */
    String system(JsonNode request) {
        return switch (this) {
            case OLLAMA, OPENAI -> text(request.get("messages").get(0).get("content"));
            case ANTHROPIC -> text(request.get("system"));
        };
    }

    /** The non-system messages of a request, as role and text. */
    List<Turn> conversation(JsonNode request) {
        List<Turn> turns = new ArrayList<>();
        for (JsonNode message : request.get("messages")) {
            String role = message.get("role").asText();
            if (!role.equals("system")) {
                turns.add(new Turn(role.equals("user") ? Turn.Role.USER : Turn.Role.ASSISTANT, text(message.get("content"))));
            }
        }
        return turns;
    }

    /** Content as a string, or as a list of text blocks (Anthropic). */
    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        ((ArrayNode) content).forEach(block -> text.append(block.path("text").asText()));
        return text.toString();
    }

    /** Recorded answers in {@code llm/answers/}. */
    enum Answer {
        VALID("valid.json"), IN_PROSE("in-prose.txt"), TRAILING_COMMAS("trailing-commas.txt"), TRUNCATED("truncated.txt"),
        INVALID_ENUM("invalid-enum.json"), INVENTED_TECHNIQUE("invented-technique.json"), MANY_PROBLEMS("many-problems.json");

        private final String file;

        Answer(String file) {
            this.file = file;
        }

        String text() {
            return read("answers/" + file);
        }
    }

    static String read(String resource) {
        try (InputStream in = Wire.class.getResourceAsStream("/llm/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource llm/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(String resource) {
        try {
            return JSON.readTree(read(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
