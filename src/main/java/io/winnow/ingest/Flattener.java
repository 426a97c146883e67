package io.winnow.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Set;

/**
 * Copies the scalars of a JSON subtree into a flat map with dotted names ({@code data.win.eventdata.image},
 * {@code rule.groups[0]}). Nulls are skipped. Shares one field budget for the whole alert, so that one
 * alert never carries more than {@link IntakeLimits#MAX_FIELDS} fields, and checks depth, length and NUL itself
 * because a tree handed in by another component may not have passed through {@link LimitedJson}.
 */
final class Flattener {
    private final FieldReader reader;
    private final Map<String, String> into;
    private boolean overBudget;

    Flattener(FieldReader reader, Map<String, String> into) {
        this.reader = reader;
        this.into = into;
    }

    /**
     * Flattens {@code node} under {@code path}.
     *
     * @param depth how deep {@code node} sits in its document (the top-level object is 1)
     * @param skip  dotted paths to leave out, with their subtrees (values that have their own place in the alert)
     */
    void flatten(JsonNode node, String path, int depth, Set<String> skip) {
        if (!overBudget) {
            walk(node, path, path, depth, skip);
        }
    }

    private void walk(JsonNode node, String path, String root, int depth, Set<String> skip) {
        if (overBudget || node == null || node.isNull() || node.isMissingNode() || skip.contains(path)) {
            return;
        }
        if (node.isContainerNode() && depth > IntakeLimits.MAX_DEPTH) {
            reader.error(root, IntakeLimits.TOO_DEEP);
            overBudget = true;
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> child : node.properties()) {
                if (overBudget) {
                    return;
                }
                if (child.getKey().indexOf('\0') >= 0) {
                    reader.error(path, "field names " + IntakeLimits.HAS_NUL);
                    continue;
                }
                walk(child.getValue(), FieldReader.join(path, child.getKey()), root, depth + 1, skip);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size() && !overBudget; i++) {
                walk(node.get(i), path + "[" + i + "]", root, depth + 1, skip);
            }
        } else {
            put(path, root, scalarText(node));
        }
    }

    private void put(String path, String root, String value) {
        if (value == null) {
            return;
        }
        String checked = value.isEmpty() ? value : reader.checkedText(value, path);
        if (checked == null) {
            return;
        }
        if (!into.containsKey(path) && into.size() >= IntakeLimits.MAX_FIELDS) {
            reader.error(root, IntakeLimits.TOO_MANY_FIELDS);
            overBudget = true;
            return;
        }
        into.put(path, checked);
    }

    /** The text of a scalar: strings as given, numbers in their JSON spelling, booleans as true/false. */
    static String scalarText(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().toString();
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        return null;
    }
}
