package io.winnow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a JSON object and collects every problem instead of stopping at the first. Each read
 * returns null when the value is absent or unusable; {@link #throwIfAny()} then reports all errors together.
 * One instance per parse; not thread-safe.
 */
final class FieldReader {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    private final List<FieldError> errors = new ArrayList<>();

    static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    void error(String path, String reason) {
        errors.add(new FieldError(path, reason));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new AlertParseException(errors);
        }
    }

    /** A required, non-blank string. */
    String requiredString(JsonNode parent, String prefix, String name) {
        String path = join(prefix, name);
        JsonNode value = parent.get(name);
        if (isAbsent(value)) {
            error(path, "required");
            return null;
        }
        String text = string(value, path);
        if (text != null && text.isBlank()) {
            error(path, "must not be blank");
            return null;
        }
        return text;
    }

    /** An optional string; absent, null or blank all read as null. */
    String optionalString(JsonNode parent, String prefix, String name) {
        JsonNode value = parent.get(name);
        if (isAbsent(value)) {
            return null;
        }
        String text = string(value, join(prefix, name));
        return text == null || text.isBlank() ? null : text;
    }

    /** Checks that a present value is an acceptable string and returns it, or null with an error recorded. */
    String string(JsonNode value, String path) {
        if (!value.isTextual()) {
            error(path, "must be a string");
            return null;
        }
        return checkedText(value.textValue(), path);
    }

    /** Checks length and NUL for text that will be kept; returns it, or null with an error recorded. */
    String checkedText(String text, String path) {
        if (text.length() > IntakeLimits.MAX_STRING) {
            error(path, IntakeLimits.TOO_LONG);
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            error(path, IntakeLimits.HAS_NUL);
            return null;
        }
        return text;
    }

    /** An identifier given as a string or an integer (Wazuh writes both), as text; null when absent. */
    String optionalId(JsonNode parent, String prefix, String name) {
        JsonNode value = parent.get(name);
        if (isAbsent(value)) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asText();
        }
        if (!value.isTextual()) {
            error(join(prefix, name), "must be a string or an integer");
            return null;
        }
        String text = checkedText(value.textValue(), join(prefix, name));
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * An optional integer within [min, max], given as a JSON integer or a string of digits.
     *
     * @param reason the error text when it is anything else, for example "must be an integer between 0 and 15"
     */
    Integer optionalInteger(JsonNode parent, String prefix, String name, int min, int max, String reason) {
        JsonNode value = parent.get(name);
        if (isAbsent(value)) {
            return null;
        }
        Integer number = null;
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            number = value.intValue();
        } else if (value.isTextual() && DIGITS.matcher(value.textValue().strip()).matches()) {
            number = Integer.valueOf(value.textValue().strip());
        }
        if (number == null || number < min || number > max) {
            error(join(prefix, name), reason);
            return null;
        }
        return number;
    }

    /** An optional object; null when absent. */
    ObjectNode optionalObject(JsonNode parent, String prefix, String name) {
        JsonNode value = parent.get(name);
        if (isAbsent(value)) {
            return null;
        }
        if (value instanceof ObjectNode object) {
            return object;
        }
        error(join(prefix, name), "must be an object");
        return null;
    }

    /** An optional list of strings, given as an array of strings or as one string; empty when absent. */
    List<String> stringList(JsonNode parent, String prefix, String name) {
        JsonNode value = parent.get(name);
        String path = join(prefix, name);
        if (isAbsent(value)) {
            return List.of();
        }
        if (value.isTextual()) {
            String text = string(value, path);
            return text == null || text.isBlank() ? List.of() : List.of(text);
        }
        if (!value.isArray()) {
            error(path, "must be an array of strings");
            return List.of();
        }
        List<String> result = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (element.isNull()) {
                continue;
            }
            String text = string(element, path + "[" + i + "]");
            if (text != null && !text.isBlank()) {
                result.add(text);
            }
        }
        return result;
    }

    /** An optional timestamp string, read by the given format; anything else gets {@code reason} as its error. */
    Instant optionalTime(JsonNode parent, String prefix, String name,
                         Function<String, Optional<Instant>> format, String reason) {
        JsonNode value = parent.get(name);
        if (isAbsent(value) || (value.isTextual() && value.textValue().isBlank())) {
            return null;
        }
        String path = join(prefix, name);
        Optional<Instant> time = value.isTextual() && value.textValue().length() <= 64
                ? format.apply(value.textValue().strip())
                : Optional.empty();
        if (time.isEmpty()) {
            error(path, reason);
            return null;
        }
        return time.get();
    }

    private static boolean isAbsent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }
}
