package io.winnow.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RFC 5424 STRUCTURED-DATA: {@code -} or {@code [id name="value" …][…]}, values with {@code \"}, {@code \\} and
 * {@code \]} escapes. Written by hand because a regex cannot follow the escapes without risking runaway
 * backtracking on hostile lines. Malformed data is not an error: the whole rest is then the message.
 */
final class StructuredData {
    /** Parameters as {@code id.name → value} and the message that follows them. */
    record Result(Map<String, String> params, String message) {
    }

    private final String text;
    private int at;

    private StructuredData(String text) {
        this.text = text;
    }

    static Result parse(String rest) {
        if (rest.startsWith("-")) {
            return new Result(Map.of(), messageAfter(rest, 1));
        }
        if (!rest.startsWith("[")) {
            return new Result(Map.of(), rest);
        }
        StructuredData reader = new StructuredData(rest);
        Map<String, String> params = new LinkedHashMap<>();
        while (reader.at < rest.length() && rest.charAt(reader.at) == '[') {
            if (!reader.element(params)) {
                return new Result(Map.of(), rest);
            }
        }
        return new Result(params, messageAfter(rest, reader.at));
    }

    private static String messageAfter(String rest, int end) {
        if (end >= rest.length()) {
            return "";
        }
        return rest.charAt(end) == ' ' ? rest.substring(end + 1) : rest.substring(end);
    }

    /** One {@code [id param="value" …]}; false when malformed. */
    private boolean element(Map<String, String> params) {
        at++;
        String id = token(' ', ']');
        if (id == null) {
            return false;
        }
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
            String name = token('=', ']');
            if (name == null || !expect('=') || !expect('"')) {
                return false;
            }
            String value = quoted();
            if (value == null) {
                return false;
            }
            params.put(id + "." + name, value);
        }
        return expect(']');
    }

    /** Reads up to (not including) either stop character; null if empty, unterminated, or containing quotes. */
    private String token(char stop, char otherStop) {
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == stop || c == otherStop) {
                return at > start && at - start <= 64 ? text.substring(start, at) : null;
            }
            if (c == '"' || (c == '=' && stop != '=') || (c == ' ' && stop != ' ')) {
                return null;
            }
            at++;
        }
        return null;
    }

    /** A PARAM-VALUE up to the closing quote, unescaping; null if unterminated. */
    private String quoted() {
        StringBuilder value = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\' && at < text.length() && "\"\\]".indexOf(text.charAt(at)) >= 0) {
                c = text.charAt(at++);
            }
            value.append(c);
        }
        return null;
    }

    private boolean expect(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }
}
