package io.winnow.analyst.builtin;

import io.winnow.alert.Entity;
import io.winnow.alert.SourceFormat;
import io.winnow.mask.MaskedAlert;

import java.util.Locale;
import java.util.Map;

/**
 * Sorts what a masked alert shows into {@link Observables}: typed entities first, then flattened fields by name,
 * then what the message itself carries: JSON documents (Windows events, cloud audit records sent as raw text),
 * Falco-style and syslog {@code key=value} pairs, auditd {@code a0 a1 …} arguments. A raw line with no program
 * is taken as a command line, since that is what such lines usually are. Thread-safe and stateless.
 */
final class ObservableExtractor {
    private static final java.util.regex.Pattern SHELL_PROGRAM =
            java.util.regex.Pattern.compile("-?(ba|z|k|da|tc|c)?sh|history|shell-history|snoopy");
    private static final java.util.regex.Pattern FLOW = java.util.regex.Pattern.compile(
            "(\\[(?:INTERNAL|EXTERNAL)-IP-\\d+])(?::\\d+)?\\s*->\\s*(\\[(?:INTERNAL|EXTERNAL)-IP-\\d+])(?::(\\d+))?");
    private static final java.util.regex.Pattern FROM = java.util.regex.Pattern.compile(
            "\\b(?:from|rhost=|src=|client)\\s*(\\[(?:INTERNAL|EXTERNAL)-IP-\\d+])");
    private final MessageFields messageFields = new MessageFields();

    Observables extract(MaskedAlert alert) {
        Observables obs = new Observables(alert.message(), alert.program(), alert.host());
        if (alert.rule() != null) {
            obs.add(FieldKind.RULE, alert.rule());
        }
        obs.add(FieldKind.SOURCE, alert.source());
        obs.add(FieldKind.PROGRAM, alert.program());
        for (Entity e : alert.entities()) {
            addEntity(obs, e);
        }
        alert.fields().forEach((key, value) -> addField(obs, key.toLowerCase(Locale.ROOT), value,
                !MessageFields.looksLikeJson(alert.message())));
        Map<String, String> json = MessageFields.looksLikeJson(alert.message())
                ? messageFields.json(alert.message()) : Map.of();
        if (json.isEmpty()) {
            // "sudo: 3 incorrect password attempts" reads as one line to patterns, as it did in the log
            obs.add(FieldKind.TEXT, alert.program() == null ? alert.message()
                    : alert.program() + ": " + alert.message());
        }
        if (!json.isEmpty()) {
            // the document's values are matched one by one; its raw text, escapes and all, would only slow them
            json.forEach((key, value) -> addField(obs, key, value, false));
        } else {
            messageFields.pairs(alert.message()).forEach(pair -> addPair(obs, pair));
            messageFields.requestUrls(alert.message()).forEach(url -> add(obs, FieldKind.URL, url));
            if (!obs.has(FieldKind.CMDLINE) && isCommandLog(alert)) {
                obs.add(FieldKind.CMDLINE, MessageFields.withoutHistoryPrefix(alert.message()));
            }
        }
        derive(obs);
        endpoints(obs, alert.message());
        return obs;
    }

    /**
     * Addresses named in free text when no field gave them: {@code from [EXTERNAL-IP-1]} is a source, and Falco's
     * {@code [INTERNAL-IP-1]:41822->[EXTERNAL-IP-2]:443} gives both ends and the remote port.
     */
    private static void endpoints(Observables obs, String message) {
        if (message.indexOf("-IP-") < 0 || (obs.has(FieldKind.SRC_IP) && obs.has(FieldKind.DST_IP))) {
            return;
        }
        String text = message.length() > BoundedRegex.MAX_INPUT ? message.substring(0, BoundedRegex.MAX_INPUT) : message;
        java.util.regex.Matcher flow = FLOW.matcher(text);
        if (flow.find()) {
            if (!obs.has(FieldKind.SRC_IP)) {
                obs.add(FieldKind.SRC_IP, flow.group(1));
            }
            if (!obs.has(FieldKind.DST_IP)) {
                obs.add(FieldKind.DST_IP, flow.group(2));
                obs.add(FieldKind.PORT, flow.group(3));
            }
            return;
        }
        java.util.regex.Matcher from = FROM.matcher(text);
        if (!obs.has(FieldKind.SRC_IP) && from.find()) {
            obs.add(FieldKind.SRC_IP, from.group(1));
        }
    }

    /** A raw line with no program is usually a command line; so is a shell's own history log. */
    private static boolean isCommandLog(MaskedAlert alert) {
        String program = alert.program();
        return program == null ? alert.format() == SourceFormat.RAW
                : SHELL_PROGRAM.matcher(program).matches();
    }

    private static void addEntity(Observables obs, Entity e) {
        FieldKind kind = switch (e.type()) {
            case USER -> FieldKind.USER;
            case PROCESS -> FieldKind.PROCESS;
            case COMMAND_LINE -> FieldKind.CMDLINE;
            case PARENT_PROCESS -> FieldKind.PARENT;
            case FILE -> FieldKind.FILE;
            case CONTAINER_IMAGE -> FieldKind.IMAGE;
            case K8S_NAMESPACE -> FieldKind.NAMESPACE;
            case SOURCE_IP -> FieldKind.SRC_IP;
            case DESTINATION_IP -> FieldKind.DST_IP;
            case DESTINATION_PORT -> FieldKind.PORT;
            case URL -> FieldKind.URL;
            case REGISTRY_KEY -> FieldKind.REGISTRY;
            case EVENT_ID -> FieldKind.EVENT_ID;
            case SOURCE_PORT, CONTAINER_ID, K8S_POD, PROTOCOL, HOST, AGENT_IP, EMAIL, HASH -> null;
        };
        if (kind != null) {
            add(obs, kind, e.value());
        }
    }

    /** @param messageSearched whether the message itself is searched as text, so values it shows need not be */
    private static void addField(Observables obs, String lowerCaseKey, String value, boolean messageSearched) {
        if (FieldNames.isMetadata(lowerCaseKey)) {
            if (lowerCaseKey.equals("decoder.name")) {
                obs.add(FieldKind.SOURCE, value);
            }
            return;
        }
        String folded = undouble(value);
        if (!messageSearched || !obs.message().contains(folded)) {
            // a value the message already shows (Falco prints its fields into the output) is not searched twice
            obs.add(FieldKind.TEXT, folded);
        }
        obs.addNamed(FieldNames.lastSegment(lowerCaseKey), folded);
        if (lowerCaseKey.equals("location")) {
            obs.add(FieldKind.SOURCE, value);
            return;
        }
        FieldKind kind = FieldNames.ofField(lowerCaseKey);
        if (kind != null) {
            add(obs, kind, value);
        }
    }

    private static void addPair(Observables obs, MessageFields.Pair pair) {
        obs.addNamed(pair.key().toLowerCase(Locale.ROOT), pair.value());
        FieldKind kind = FieldNames.ofOutputKey(pair.key());
        if (kind != null) {
            add(obs, kind, pair.value());
        }
    }

    /** Adds a value, checking that files look like paths and adding the base name of processes. */
    private static void add(Observables obs, FieldKind kind, String value) {
        String v = undouble(value.strip());
        if (v.isEmpty() || v.equals("<NA>") || v.equals("-") || v.equalsIgnoreCase("null")) {
            return;
        }
        if (kind == FieldKind.FILE && !looksLikePath(v)) {
            return;
        }
        obs.add(kind, v);
        if (kind == FieldKind.CMDLINE && v.startsWith("\"")) {
            // "C:\Program Files\x.exe" -a: patterns see the program without its quotes too
            int close = v.indexOf('"', 1);
            if (close > 1) {
                obs.add(kind, v.substring(1, close) + v.substring(close + 1));
            }
        }
        if (kind == FieldKind.PROCESS || kind == FieldKind.PARENT || kind == FieldKind.TARGET) {
            String base = baseName(firstToken(v));
            if (!base.equals(v)) {
                obs.add(kind, base);
            }
        }
    }

    /** Processes named only in a command line get the command's base name. */
    private static void derive(Observables obs) {
        if (!obs.has(FieldKind.PROCESS)) {
            for (String cmdline : obs.typed(FieldKind.CMDLINE)) {
                String base = baseName(firstToken(cmdline));
                if (!base.isEmpty() && base.indexOf('=') < 0) {
                    obs.add(FieldKind.PROCESS, base);
                }
            }
        }
    }

    /**
     * Wazuh writes Windows values with every backslash doubled ({@code C:\\\\Windows}); patterns are written for
     * the real path, so doubled backslashes are folded where a drive letter or UNC prefix shows they are doubled.
     */
    static String undouble(String v) {
        if (v.indexOf("\\\\") < 0 || !(v.contains(":\\\\") || v.contains("\\\\\\\\"))) {
            return v;
        }
        return v.replace("\\\\", "\\");
    }

    static boolean looksLikePath(String v) {
        char c = v.charAt(0);
        return c == '/' || c == '~' || c == '\\' || c == '%'
                || (v.length() > 2 && v.charAt(1) == ':' && (v.charAt(2) == '\\' || v.charAt(2) == '/'));
    }

    /** The first word, or the whole of a quoted first word ({@code "C:\Program Files\x.exe" -a}). */
    static String firstToken(String v) {
        String s = v.strip();
        if (s.startsWith("\"")) {
            int close = s.indexOf('"', 1);
            return close > 0 ? s.substring(1, close) : s.substring(1);
        }
        int space = s.indexOf(' ');
        return space > 0 ? s.substring(0, space) : s;
    }

    static String baseName(String path) {
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return cut >= 0 ? path.substring(cut + 1) : path;
    }
}
