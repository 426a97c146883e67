package io.winnow.attack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads the catalog shipped under {@code attack/} on the class path. The files are flat JSON lines, so a streaming
 * parser suffices; it avoids building a data-binding mapper, which keeps start-up fast.
 */
final class BundledCatalogReader {
    private static final String DIR = "/attack/";

    private final JsonFactory json = new JsonFactory();

    private BundledCatalogReader() {
    }

    static CatalogContent read() {
        return new BundledCatalogReader().readAll();
    }

    private CatalogContent readAll() {
        List<Tactic> tactics = new ArrayList<>();
        for (Map<String, Object> row : rows("enterprise-tactics.jsonl")) {
            tactics.add(new Tactic(text(row, "id"), text(row, "name"), text(row, "shortname"),
                    order(row)));
        }
        tactics.sort(Comparator.comparingInt(Tactic::order));
        List<Technique> techniques = new ArrayList<>();
        for (Map<String, Object> row : rows("enterprise-techniques.jsonl")) {
            techniques.add(new Technique(text(row, "id"), text(row, "name"), strings(row, "tactics"),
                    strings(row, "platforms"), Boolean.TRUE.equals(row.get("is_subtechnique")),
                    (String) row.get("parent")));
        }
        Map<String, String> revokedBy = new HashMap<>();
        Set<String> deprecated = new HashSet<>();
        for (Map<String, Object> row : rows("enterprise-retired.jsonl")) {
            String replacement = (String) row.get("replaced_by");
            if ("revoked".equals(row.get("status")) && replacement != null) {
                revokedBy.put(text(row, "id"), replacement);
            } else {
                deprecated.add(text(row, "id"));
            }
        }
        return new CatalogContent(version(), tactics, techniques, revokedBy, deprecated);
    }

    private String version() {
        Properties props = new Properties();
        try (InputStream in = open("catalog.properties")) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw damaged("catalog.properties", e);
        }
        String version = props.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new AttackCatalogException("bundled ATT&CK resource " + DIR + "catalog.properties has no version");
        }
        return version.strip();
    }

    private List<Map<String, Object>> rows(String file) {
        List<Map<String, Object>> rows = new ArrayList<>();
        // one parser for the whole file: JSON lines are a sequence of root-level values to Jackson
        try (InputStream in = open(file); JsonParser p = json.createParser(in)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token != JsonToken.START_OBJECT) {
                    throw new IOException("a line is not a JSON object");
                }
                rows.add(flatObject(p));
            }
        } catch (IOException e) {
            throw damaged(file, e);
        }
        if (rows.isEmpty()) {
            throw new AttackCatalogException("bundled ATT&CK resource " + DIR + file + " is empty");
        }
        return rows;
    }

    private static Map<String, Object> flatObject(JsonParser p) throws IOException {
        Map<String, Object> row = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            row.put(name, value(p, p.nextToken()));
        }
        return row;
    }

    private static Object value(JsonParser p, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getIntValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case START_ARRAY -> {
                List<String> items = new ArrayList<>();
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    items.add(p.getText());
                }
                yield items;
            }
            default -> {
                p.skipChildren();
                yield null;
            }
        };
    }

    private static String text(Map<String, Object> row, String key) {
        Object v = row.get(key);
        if (!(v instanceof String s)) {
            throw new AttackCatalogException("bundled ATT&CK row lacks " + key + ": " + row.get("id"));
        }
        return s;
    }

    private static int order(Map<String, Object> row) {
        if (!(row.get("matrix_order") instanceof Integer order)) {
            throw new AttackCatalogException("bundled ATT&CK tactic lacks matrix_order: " + row.get("id"));
        }
        return order;
    }

    private static List<String> strings(Map<String, Object> row, String key) {
        Object v = row.get(key);
        if (!(v instanceof List<?> list)) {
            return List.of();
        }
        List<String> strings = new ArrayList<>(list.size());
        for (Object item : list) {
            strings.add((String) item);
        }
        return strings;
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = BundledCatalogReader.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IOException("missing from the class path");
        }
        return in;
    }

    private static AttackCatalogException damaged(String file, Exception cause) {
        return new AttackCatalogException("bundled ATT&CK resource " + DIR + file + " is unreadable: "
                + cause.getMessage(), cause);
    }
}
