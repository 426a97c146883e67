package io.winnow.analyst.builtin;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guidance text with placeholders filled from the alert: {@code Kill {process} and isolate {host}}. A placeholder
 * the alert has no value for becomes a neutral phrase ({@code the process}), or the text after a bar:
 * {@code {user|the service account}}. Values are masked tokens or plain alert values, cut to a readable length
 * without splitting a mask token, so grounding can restore them.
 */
final class Template {
    static final int MAX_VALUE = 120;
    private static final Map<String, String> NEUTRAL = Map.ofEntries(
            Map.entry("host", "the host"), Map.entry("user", "the account"), Map.entry("process", "the process"),
            Map.entry("parent", "its parent process"), Map.entry("cmdline", "the command"),
            Map.entry("file", "the file"), Map.entry("src_ip", "the source address"),
            Map.entry("dst_ip", "the remote address"), Map.entry("port", "the port"),
            Map.entry("image", "the container image"), Map.entry("container", "the container"),
            Map.entry("pod", "the pod"), Map.entry("namespace", "the namespace"), Map.entry("url", "the URL"),
            Map.entry("domain", "the domain"), Map.entry("registry", "the registry key"),
            Map.entry("event_id", "the event"), Map.entry("action", "the operation"),
            Map.entry("service", "the service"), Map.entry("target", "the target process"),
            Map.entry("technique", "the technique"), Map.entry("technique_id", "the technique"),
            Map.entry("tactic", "the attack"), Map.entry("behavior", "the behaviour"));
    static final Set<String> PLACEHOLDERS = NEUTRAL.keySet();

    private Template() {
    }

    /** The problem with a template's placeholders, or empty when it is well formed. */
    static Optional<String> check(String template) {
        int i = 0;
        while ((i = template.indexOf('{', i)) >= 0) {
            int close = template.indexOf('}', i);
            if (close < 0) {
                return Optional.of("unclosed '{'");
            }
            String name = nameOf(template.substring(i + 1, close));
            if (!PLACEHOLDERS.contains(name)) {
                return Optional.of("unknown placeholder {" + name + "}; use one of "
                        + String.join(", ", PLACEHOLDERS.stream().sorted().toList()));
            }
            i = close + 1;
        }
        return Optional.empty();
    }

    /** The template with every placeholder filled; unknown placeholders are left as written. */
    static String fill(String template, Map<String, String> values) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            String inside = template.substring(open + 1, close);
            String name = nameOf(inside);
            String value = values.get(name);
            if (value != null) {
                out.append(clip(value));
            } else if (inside.indexOf('|') >= 0) {
                out.append(inside.substring(inside.indexOf('|') + 1));
            } else {
                out.append(NEUTRAL.getOrDefault(name, "{" + inside + "}"));
            }
            i = close + 1;
        }
        return out.toString();
    }

    private static String nameOf(String inside) {
        int bar = inside.indexOf('|');
        return (bar >= 0 ? inside.substring(0, bar) : inside).strip();
    }

    /** A value cut to {@value #MAX_VALUE} characters, never inside a {@code [TOKEN-1]}, on one line. */
    static String clip(String value) {
        String v = value.replace('\n', ' ').replace('\r', ' ').strip();
        if (v.length() <= MAX_VALUE) {
            return v;
        }
        String cut = v.substring(0, MAX_VALUE - 1);
        int open = cut.lastIndexOf('[');
        if (open > cut.lastIndexOf(']')) {
            cut = cut.substring(0, open);
        }
        return cut.stripTrailing() + "…";
    }
}
