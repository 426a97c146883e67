package io.winnow.attack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams a STIX 2.x bundle ({@code {"type": "bundle", "objects": [...]}}) one object at a time, so that a 40 MB
 * release never sits in memory as one tree. What the objects mean is {@link StixObjects}'s business.
 */
final class StixBundleReader {
    private final Path path;
    private final ObjectMapper mapper = new ObjectMapper();

    StixBundleReader(Path path) {
        this.path = path;
    }

    CatalogContent read() {
        if (!Files.exists(path)) {
            throw new AttackCatalogException("ATT&CK STIX bundle not found: " + path);
        }
        if (!Files.isRegularFile(path)) {
            throw new AttackCatalogException("ATT&CK STIX bundle is not a regular file: " + path);
        }
        StixObjects objects = new StixObjects();
        try (JsonParser p = mapper.createParser(path.toFile())) {
            readBundle(p, objects);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new AttackCatalogException("ATT&CK STIX bundle " + path + " is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        } catch (IOException e) {
            throw new AttackCatalogException("ATT&CK STIX bundle " + path + " could not be read: "
                    + e.getClass().getSimpleName(), e);
        }
        return objects.toContent(path);
    }

    private void readBundle(JsonParser p, StixObjects objects) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw notABundle("it is not a JSON object");
        }
        String type = null;
        boolean sawObjects = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "type" -> type = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "spec_version" -> objects.bundleSpec(value == JsonToken.VALUE_STRING ? p.getText() : null);
                case "objects" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw notABundle("\"objects\" is not an array");
                    }
                    readObjects(p, objects);
                    sawObjects = true;
                }
                default -> p.skipChildren();
            }
        }
        if (!"bundle".equals(type)) {
            throw notABundle("its \"type\" is not \"bundle\"");
        }
        if (!sawObjects) {
            throw notABundle("it has no \"objects\" array");
        }
    }

    private void readObjects(JsonParser p, StixObjects objects) throws IOException {
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                throw notABundle("\"objects\" holds something other than JSON objects");
            }
            JsonNode object = mapper.readTree(p);
            objects.accept(object);
        }
    }

    private AttackCatalogException notABundle(String reason) {
        return new AttackCatalogException("ATT&CK STIX bundle " + path + " is not a STIX bundle: " + reason
                + " (expected {\"type\": \"bundle\", \"objects\": [...]})");
    }
}
