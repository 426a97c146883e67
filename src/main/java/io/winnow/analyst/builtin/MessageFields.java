package io.winnow.analyst.builtin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named values inside an alert's message: the leaves of a JSON document, or the {@code key=value} pairs of Falco
 * output, sudo and auditd lines. Bounded in size and depth, since the message is hostile. Thread-safe.
 */
final class MessageFields {
    private static final int MAX_JSON_CHARS = 65_536;
    private static final int MAX_LEAVES = 400;
    private static final int MAX_DEPTH = 12;
    private static final Pattern KEY = Pattern.compile("(?:^|[\\s(,;|])([A-Za-z][A-Za-z0-9_.\\[\\]]{0,39})=");
    private static final Pattern AUDIT_ARG = Pattern.compile("a(\\d{1,2})");
    private static final Pattern HEX = Pattern.compile("[0-9A-F]+");
    private static final Pattern REQUEST = Pattern.compile("\\b(GET|POST|PUT|DELETE|HEAD|OPTIONS|PATCH|PROPFIND|"
            + "CONNECT|TRACE)\\s+(\\S{1,2048}?)(?:\\s+(?:HTTP/[\\d.]+|([^\\s\"]{1,2048})))?(?=[\\s\"]|$)");
    private static final Pattern IIS_METHOD = Pattern.compile(" (GET|POST|HEAD|PUT|DELETE|OPTIONS) /");
    private static final Pattern WAF_URI = Pattern.compile("\\[uri \"([^\"]{1,2048})\"]");
    private static final Pattern HISTORY_PREFIX = Pattern.compile("^(HISTORY:\\s*)?(PID=\\d+\\s+)?(UID=\\d+\\s+)?(USER=\\S+\\s+)?");
    /** Keys whose values are commands, which may themselves contain {@code x=y}: only known keys end them. */
    private static final Set<String> COMMAND_KEYS = Set.of("command", "cmdline", "proc.cmdline", "pcmdline", "cmd");
    /** Falco output keys that end a command although no pattern reads them. */
    private static final Set<String> FALCO_KEYS = Set.of("terminal", "connection", "res", "flags", "pid", "ppid",
            "vpid", "sid", "tty", "fd", "mode", "uid", "gid", "dev", "ino", "args", "size");

    private final ObjectMapper json = JsonMapper.builder().build();

    MessageFields() {
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(MAX_JSON_CHARS).build());
        json.getFactory().enable(JsonParser.Feature.ALLOW_COMMENTS);
    }

    /** One {@code key=value} pair as written. */
    record Pair(String key, String value) {
    }

    static boolean looksLikeJson(String message) {
        String s = message.stripLeading();
        return s.startsWith("{") && message.length() <= MAX_JSON_CHARS;
    }

    /** The scalar leaves of a JSON message by lower-case dotted path; empty when it is not valid JSON. */
    Map<String, String> json(String message) {
        Map<String, String> leaves = new LinkedHashMap<>();
        try {
            flatten(json.readTree(message), "", 0, leaves);
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return leaves;
    }

    private static void flatten(JsonNode node, String path, int depth, Map<String, String> out) {
        if (out.size() >= MAX_LEAVES || depth > MAX_DEPTH || node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode name = node.has("@Name") ? node.get("@Name") : node.get("Name");
            JsonNode text = node.has("#text") ? node.get("#text") : node.get("Value");
            if (name != null && name.isTextual() && text != null && text.isValueNode() && node.size() == 2) {
                out.put(join(path, name.asText()), text.asText());
                return;
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(field.getValue(), join(path, field.getKey()), depth + 1, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", depth + 1, out);
            }
        } else if (!node.isNull()) {
            out.put(path, node.asText());
        }
    }

    private static String join(String path, String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return path.isEmpty() ? k : path + "." + k;
    }

    /** The {@code key=value} pairs of a line, in order; auditd's {@code a0 a1 …} also as one {@code cmdline}. */
    List<Pair> pairs(String message) {
        if (message.indexOf('=') < 0) {
            return List.of();
        }
        String text = message.length() > BoundedRegex.MAX_INPUT ? message.substring(0, BoundedRegex.MAX_INPUT)
                : message;
        List<int[]> keys = new ArrayList<>();
        Matcher m = KEY.matcher(text);
        while (m.find()) {
            keys.add(new int[] {m.start(1), m.end(1), m.end()});
        }
        List<Pair> pairs = new ArrayList<>();
        Map<Integer, String> auditArgs = new TreeMap<>();
        boolean execve = false;
        for (int i = 0; i < keys.size(); i++) {
            String key = text.substring(keys.get(i)[0], keys.get(i)[1]);
            int end = valueEnd(text, keys, i, COMMAND_KEYS.contains(key.toLowerCase(Locale.ROOT)));
            String value = clean(text.substring(keys.get(i)[2], end));
            if (value.isEmpty()) {
                continue;
            }
            if (key.equals("type")) {
                execve = value.equals("EXECVE");
            }
            Matcher arg = AUDIT_ARG.matcher(key);
            if (arg.matches()) {
                // in SYSCALL records a0… are raw register values; only EXECVE records hold the arguments
                if (execve) {
                    auditArgs.put(Integer.parseInt(arg.group(1)), unhex(value));
                }
            } else {
                pairs.add(new Pair(key, value));
            }
        }
        if (!auditArgs.isEmpty()) {
            pairs.add(new Pair("cmdline", String.join(" ", auditArgs.values())));
        }
        return pairs;
    }

    /** auditd writes an argument as hex when it holds spaces or quotes. */
    static String unhex(String value) {
        if (value.length() < 2 || value.length() % 2 != 0 || !HEX.matcher(value).matches()) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() / 2);
        for (int i = 0; i < value.length(); i += 2) {
            int c = Integer.parseInt(value.substring(i, i + 2), 16);
            if (c < 0x20 && c != '\t' || c > 0x7e) {
                return value;
            }
            out.append((char) c);
        }
        return out.toString();
    }

    /** Request targets in access-log and WAF lines: {@code "GET /x?y HTTP/1.1"}, IIS {@code GET /x y}, {@code [uri "/x"]}. */
    List<String> requestUrls(String message) {
        if (!message.contains("HTTP/") && !message.contains("[uri ") && !IIS_METHOD.matcher(message).find()) {
            return List.of();
        }
        String text = message.length() > BoundedRegex.MAX_INPUT ? message.substring(0, BoundedRegex.MAX_INPUT)
                : message;
        List<String> urls = new ArrayList<>();
        Matcher m = REQUEST.matcher(text);
        while (m.find() && urls.size() < 4) {
            String query = m.group(3);
            urls.add(query == null || query.equals("-") ? m.group(2) : m.group(2) + "?" + query);
        }
        Matcher uri = WAF_URI.matcher(text);
        while (uri.find() && urls.size() < 6) {
            urls.add(uri.group(1));
        }
        return urls;
    }

    /** A shell history log line without its {@code HISTORY: PID=1 UID=0} prefix. */
    static String withoutHistoryPrefix(String message) {
        return HISTORY_PREFIX.matcher(message.strip()).replaceFirst("");
    }

    private static int valueEnd(String text, List<int[]> keys, int i, boolean command) {
        for (int j = i + 1; j < keys.size(); j++) {
            String next = text.substring(keys.get(j)[0], keys.get(j)[1]);
            if (!command || FieldNames.ofOutputKey(next) != null || FALCO_KEYS.contains(next)
                    || (next.contains("_") && next.equals(next.toLowerCase(Locale.ROOT)))) {
                return keys.get(j)[0];
            }
        }
        return text.length();
    }

    /** Trims separators, one pair of quotes and a closing parenthesis that the value did not open. */
    private static String clean(String raw) {
        String v = raw.strip();
        while (v.endsWith(";") || v.endsWith(",")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        if (v.endsWith(")") && count(v, '(') < count(v, ')')) {
            v = v.substring(0, v.length() - 1).strip();
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return v.equals("<NA>") ? "" : v;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
