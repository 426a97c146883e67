package io.winnow.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads untrusted JSON text into a tree under hard limits. One configured mapper per instance, shared by all
 * threads. Errors name the place (line, column, field path), never the content.
 */
final class LimitedJson {
    /** Enough for a batch of 50 large Wazuh events; a flood of tiny tokens is refused early. */
    private static final long MAX_TOKENS = 500_000;

    private final ObjectMapper mapper;

    LimitedJson() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(IntakeLimits.MAX_DEPTH)
                        .maxStringLength(IntakeLimits.MAX_STRING)
                        .maxNameLength(IntakeLimits.MAX_NAME)
                        .maxNumberLength(100)
                        .maxTokenCount(MAX_TOKENS)
                        .build())
                // Two readers seeing different values for one key is a classic smuggling trick.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /**
     * Parses one JSON document of any type.
     *
     * @throws AlertParseException with a single {@code $} (or field-path) error when the text is not acceptable JSON
     */
    JsonNode read(String text) {
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                JsonNode node = mapper.readTree(parser);
                if (node == null || node.isMissingNode()) {
                    throw new AlertParseException("$", "empty input");
                }
                return node;
            } catch (StreamConstraintsException e) {
                throw limitError(e, parser);
            } catch (JsonProcessingException e) {
                throw new AlertParseException("$", "malformed JSON: " + describe(e));
            }
        } catch (IOException e) {
            // Reading from a String does no I/O; this is only the close() of an in-memory parser.
            throw new UncheckedIOException(e);
        }
    }

    private static AlertParseException limitError(StreamConstraintsException e, JsonParser parser) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("String value length")) {
            return new AlertParseException(pathOf(parser.getParsingContext()), IntakeLimits.TOO_LONG);
        }
        if (message.contains("nesting depth")) {
            return new AlertParseException("$", IntakeLimits.TOO_DEEP);
        }
        if (message.startsWith("Name length")) {
            return new AlertParseException("$", "field name too long (max " + IntakeLimits.MAX_NAME + " characters)");
        }
        if (message.startsWith("Number value length")) {
            return new AlertParseException(pathOf(parser.getParsingContext()), "number too long (max 100 digits)");
        }
        return new AlertParseException("$", "document too large (max " + MAX_TOKENS + " tokens)");
    }

    private static String describe(JsonProcessingException e) {
        String what = e instanceof JsonEOFException ? "unexpected end of input" : describeSyntax(e);
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return what;
        }
        return what + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String describeSyntax(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            return "duplicate field";
        }
        if (message.startsWith("Trailing token")) {
            return "trailing content after the document";
        }
        return "syntax error";
    }

    /** The dotted path of the value being read, e.g. {@code output_fields.proc.cmdline}; {@code $} at the top. */
    static String pathOf(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String part = c.inArray() ? "[" + Math.max(c.getCurrentIndex(), 0) + "]" : c.getCurrentName();
            if (part == null) {
                continue;
            }
            boolean needsDot = !path.isEmpty() && path.charAt(0) != '[';
            path.insert(0, needsDot ? part + "." : part);
        }
        String result = path.toString();
        return result.isEmpty() || result.length() > 256 ? "$" : result;
    }
}
