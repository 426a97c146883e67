package io.winnow.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code winnow.yaml} into {@link YamlNode}s, more strictly than YAML demands: one document, no duplicate
 * keys (checked here, so that the message can name the key without quoting the document), no anchors, aliases or
 * tags, a bounded size and depth. Error messages give the line and SnakeYAML's short
 * problem, never a snippet of the document (it may hold a secret).
 */
final class YamlReader {
    static final int MAX_BYTES = 1 << 20;
    static final int MAX_DEPTH = 16;

    private final YAMLFactory factory;

    YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setAllowRecursiveKeys(false);
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                // "key:" with nothing after it is YAML null, not an empty string.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 1)
                        .maxDocumentLength(MAX_BYTES)
                        .maxStringLength(MAX_BYTES)
                        .build())
                .build();
    }

    /** A document the reader refuses, with a reason fit for a message. */
    static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The document's top-level mapping; an empty document is an empty mapping. */
    YamlNode.Mapping read(byte[] document) throws Invalid {
        if (document.length > MAX_BYTES) {
            throw new Invalid("larger than " + MAX_BYTES + " bytes");
        }
        try (JsonParser parser = factory.createParser(document)) {
            YAMLParser yaml = (YAMLParser) parser;
            if (yaml.nextToken() == null) {
                return new YamlNode.Mapping(Map.of(), 1);
            }
            YamlNode root = readValue(yaml, 0);
            if (yaml.nextToken() != null) {
                throw new Invalid("holds more than one YAML document (line " + line(yaml) + ")");
            }
            return switch (root) {
                case YamlNode.Mapping mapping -> mapping;
                case YamlNode.Scalar scalar when scalar.isNull() -> new YamlNode.Mapping(Map.of(), 1);
                default -> throw new Invalid("the top level must be a mapping of sections such as server: and store:, found " + root.kind());
            };
        } catch (JsonProcessingException e) {
            throw new Invalid(describe(e));
        } catch (IOException e) {
            throw new Invalid("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private YamlNode readValue(YAMLParser parser, int depth) throws IOException, Invalid {
        if (depth > MAX_DEPTH) {
            throw new Invalid("nested deeper than " + MAX_DEPTH + " levels (line " + line(parser) + ")");
        }
        if (parser.isCurrentAlias() || parser.getObjectId() != null) {
            throw new Invalid("uses YAML anchors or aliases, which are not supported (line " + line(parser) + ")");
        }
        if (parser.getTypeId() != null) {
            throw new Invalid("uses a YAML tag, which is not supported (line " + line(parser) + ")");
        }
        int line = line(parser);
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readMapping(parser, depth, line);
            case START_ARRAY -> readSequence(parser, depth, line);
            case VALUE_STRING -> new YamlNode.Scalar(parser.getText(), parser.getText(), line);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(parser.getNumberValue(), parser.getText(), line);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(token == JsonToken.VALUE_TRUE, parser.getText(), line);
            case VALUE_NULL -> new YamlNode.Scalar(null, parser.getText(), line);
            default -> throw new Invalid("holds an unsupported value (line " + line + ")");
        };
    }

    private YamlNode.Mapping readMapping(YAMLParser parser, int depth, int line) throws IOException, Invalid {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int keyLine = line(parser);
            if (entries.containsKey(name)) {
                throw new Invalid("has the key '" + Problems.clean(name) + "' twice in one mapping (line " + keyLine + ")");
            }
            parser.nextToken();
            entries.put(name, readValue(parser, depth + 1));
        }
        return new YamlNode.Mapping(entries, line);
    }

    private YamlNode.Sequence readSequence(YAMLParser parser, int depth, int line) throws IOException, Invalid {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, depth + 1));
        }
        return new YamlNode.Sequence(items, line);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String describe(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                String problem = marked.getProblem() == null ? "syntax error" : Problems.clean(marked.getProblem());
                return "is not valid YAML (line " + (marked.getProblemMark().getLine() + 1) + "): " + problem;
            }
        }
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        return "is not valid YAML" + (line > 0 ? " (line " + line + ")" : "");
    }
}
