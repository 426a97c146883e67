package io.winnow.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves validated values between the key table and the {@link WinnowConfig} records. Jackson maps
 * {@code server.max_body_bytes} to {@code Server.maxBodyBytes} by name, so a key is one table row plus one record
 * component and nothing else; it fails loudly when table and records disagree.
 */
final class ConfigBinder {
    private final ObjectMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new SimpleModule("winnow-secret")
                    .addSerializer(Secret.class, new SecretSerializer())
                    .addDeserializer(Secret.class, new SecretDeserializer())
                    .addSerializer(Duration.class, new DurationSerializer())
                    .addDeserializer(Duration.class, new DurationDeserializer()))
            .build();

    /** The record tree holding these values; every key of the table must be present. */
    WinnowConfig bind(Map<ConfigKey, Object> values) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        values.forEach((key, value) -> {
            List<String> path = key.path();
            ObjectNode section = root;
            for (String part : path.subList(0, path.size() - 1)) {
                section = section.has(part) ? (ObjectNode) section.get(part) : section.putObject(part);
            }
            String leaf = path.get(path.size() - 1);
            section.set(leaf, value instanceof Secret secret ? section.textNode(secret.reveal()) : mapper.valueToTree(value));
        });
        try {
            return mapper.treeToValue(root, WinnowConfig.class);
        } catch (IOException e) {
            // Never e.getMessage(): it may quote a value. The path is enough to find the disagreement.
            throw new IllegalStateException("the configuration table and WinnowConfig disagree at "
                    + (e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? m.getPathReference() : "?")
                    + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Every key with its value as displayed, in table order. */
    Map<String, String> settings(WinnowConfig config) {
        JsonNode tree = mapper.valueToTree(config);
        Map<String, String> shown = new LinkedHashMap<>();
        for (ConfigKey key : ConfigKeys.ALL) {
            JsonNode node = tree.at("/" + String.join("/", key.path()));
            if (node.isMissingNode()) {
                throw new IllegalStateException("WinnowConfig has no component for " + key.name());
            }
            // A secret arrives here already as "[hidden]" or "[empty]": the serializer never writes the value.
            Object value = node.isTextual() ? node.asText() : node.isArray() ? textItems(node) : node.toString();
            shown.put(key.name(), key.type().display(value));
        }
        return shown;
    }

    private static List<String> textItems(JsonNode array) {
        List<String> items = new java.util.ArrayList<>();
        array.forEach(item -> items.add(item.asText()));
        return items;
    }

    private static final class SecretSerializer extends JsonSerializer<Secret> {
        @Override
        public void serialize(Secret secret, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(secret.toString());
        }
    }

    private static final class SecretDeserializer extends JsonDeserializer<Secret> {
        @Override
        public Secret deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return Secret.of(parser.getValueAsString());
        }
    }

    /** Durations travel through the tree as their documented text, {@code 5s}. */
    private static final class DurationSerializer extends JsonSerializer<Duration> {
        @Override
        public void serialize(Duration duration, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(ValueType.TimeSpan.format(duration));
        }
    }

    private static final class DurationDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            ValueType.Parsed parsed = new ValueType.TimeSpan(Duration.ZERO, Duration.ofDays(365)).fromText(parser.getValueAsString());
            if (parsed.failed()) {
                throw context.weirdStringException(parser.getValueAsString(), Duration.class, parsed.problem());
            }
            return (Duration) parsed.value();
        }
    }
}
