package io.winnow.analyst.builtin;

import io.winnow.alert.Entity;
import io.winnow.alert.Finding.IocClaim;
import io.winnow.mask.MaskedAlert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects typed indicator claims from a masked alert: its entities, the values sorted into {@link Observables},
 * then shapes in its text (address tokens, URLs, domains, e-mail tokens, hashes, CVE IDs, paths and registry keys
 * inside command lines). Values are verbatim slices of the alert and may be mask tokens; grounding restores them,
 * decides IPv4 or IPv6, and keeps only those found verbatim in the alert. Thread-safe.
 */
final class IocCollector {
    static final int MAX_IOCS = 30;
    private static final int MAX_SCAN = 8_192;
    private static final Pattern IP_TOKEN = Pattern.compile("\\[(INTERNAL|EXTERNAL)-IP-\\d+]");
    private static final Pattern EMAIL_TOKEN = Pattern.compile("\\[EMAIL-\\d+]");
    private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp)://([^\\s\"'<>()\\[\\]/:?#]+|\\[[^]\\s]+])"
            + "[^\\s\"'<>()]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST_TOKEN = Pattern.compile("\\[HOST-\\d+]");
    private static final Pattern CVE = Pattern.compile("\\bCVE-\\d{4}-\\d{4,7}\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOMAIN = Pattern.compile("(?<![\\w./\\\\@-])((?:[a-z0-9][a-z0-9-]{0,62}\\.){1,6}"
            + "(?:com|net|org|io|info|biz|xyz|top|ru|cn|su|tk|ml|ga|cf|gq|pw|cc|ws|me|co|us|uk|de|fr|nl|onion|site"
            + "|online|club|live|app|dev|cloud|link|click|space|tech|shop|store|icu|buzz|in|br|ir|kp|ua|pl|it|es|eu"
            + "|ch|se|jp|kr|tw|hk|sg|au|ca|ly|to|gg|vip|win|work|pro|gov|edu|mil))(?![\\w-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOMAIN_SHAPE = Pattern.compile("[\\w.-]*[a-z0-9-]\\.[a-z]{2,24}\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNIX_PATH = Pattern.compile("(?<![\\w.:/-])(/(?:[\\w.@+-]+/)*[\\w.@+-]+)");
    private static final Pattern WINDOWS_PATH = Pattern.compile("\\b([A-Za-z]:\\\\[^\\s\"'|<>*?]+)");
    private static final Pattern REGISTRY = Pattern.compile("\\b((?:HKLM|HKCU|HKCR|HKU|HKEY_[A-Z_]+)\\\\[^\\s\"']+)",
            Pattern.CASE_INSENSITIVE);

    List<IocClaim> collect(MaskedAlert alert, Observables obs) {
        Map<String, IocClaim> claims = new LinkedHashMap<>();
        String evidence = alert.evidenceText();
        for (Entity e : alert.entities()) {
            IocClaim claim = ofEntity(e);
            if (claim != null) {
                claims.putIfAbsent(e.value(), claim);
            }
        }
        typed(obs, evidence, FieldKind.USER, "username", "account named in the alert", 3, claims);
        typed(obs, evidence, FieldKind.PROCESS, "process", "process named in the alert", 2, claims);
        typed(obs, evidence, FieldKind.PARENT, "process", "parent process", 1, claims);
        typed(obs, evidence, FieldKind.CMDLINE, "command_line", "command line", 2, claims);
        typed(obs, evidence, FieldKind.FILE, "file_path", "file named in the alert", 4, claims);
        typed(obs, evidence, FieldKind.PORT, "port", "destination port", 2, claims);
        typed(obs, evidence, FieldKind.IMAGE, "container_image", "container image", 1, claims);
        typed(obs, evidence, FieldKind.URL, "url", "requested URL", 2, claims);
        typed(obs, evidence, FieldKind.DOMAIN, "domain", "domain queried or contacted", 2, claims);
        typed(obs, evidence, FieldKind.REGISTRY, "registry_key", "registry key", 2, claims);
        String text = clip(String.join("\n", obs.typed(FieldKind.TEXT)));
        String lowered = clip(obs.lowered(FieldKind.TEXT));
        // each shape is looked for only where its cheapest sign is present: these run on every alert
        if (text.contains("-IP-")) {
            find(IP_TOKEN, text, 0, "ip", claims, m -> m.group(1).equals("EXTERNAL") ? "external address in the alert"
                    : "internal address in the alert");
        }
        if (text.contains("[EMAIL-")) {
            find(EMAIL_TOKEN, text, 0, "email", claims, m -> "e-mail address in the alert");
        }
        if (lowered.contains("://")) {
            find(URL, text, 0, "url", claims, m -> "URL in the alert");
            find(URL, text, 1, "domain", claims, m -> "host of a URL in the alert");
        }
        if (text.contains("[HOST-")) {
            // masked host and domain names: grounding restores each and keeps it only if it is in the alert
            find(HOST_TOKEN, text, 0, "domain", claims, m -> "host or domain named in the alert");
        }
        if (lowered.contains("cve-")) {
            find(CVE, text, 0, "cve", claims, m -> "vulnerability named in the alert");
        }
        for (String cmdline : obs.typed(FieldKind.CMDLINE)) {
            String c = clip(cmdline);
            if (c.indexOf('.') >= 0) {
                find(DOMAIN, c, 1, "domain", claims, m -> "domain in the command line");
            }
            if (c.indexOf('/') >= 0) {
                find(UNIX_PATH, c, 1, "file_path", claims, m -> "path in the command line");
            }
            if (c.indexOf('\\') >= 0) {
                find(WINDOWS_PATH, c, 1, "file_path", claims, m -> "path in the command line");
                find(REGISTRY, c, 1, "registry_key", claims, m -> "registry key in the command line");
            }
        }
        hashes(text, claims);
        claims.values().removeIf(c -> c.value().isBlank() || c.value().startsWith("[REDACTED"));
        return claims.values().stream().limit(MAX_IOCS).toList();
    }

    /** Typed values that occur verbatim in the alert (values derived from it, such as folded paths, do not). */
    private static void typed(Observables obs, String evidence, FieldKind kind, String type, String context, int max,
                              Map<String, IocClaim> out) {
        obs.typed(kind).stream().filter(evidence::contains).limit(max)
                .forEach(v -> out.putIfAbsent(v, new IocClaim(type, v, context)));
    }

    private static String clip(String text) {
        return text.length() > MAX_SCAN ? text.substring(0, MAX_SCAN) : text;
    }

    private static void find(Pattern pattern, String text, int group, String type, Map<String, IocClaim> out,
                             java.util.function.Function<Matcher, String> context) {
        Matcher m = pattern.matcher(text);
        int found = 0;
        while (m.find() && found < 10) {
            String value = m.group(group);
            if (value == null || (group > 0 && value.startsWith("["))
                    || (type.equals("domain") && !value.startsWith("[HOST-") && !DOMAIN_SHAPE.matcher(value).matches())) {
                continue;
            }
            if (out.putIfAbsent(value, new IocClaim(type, value, context.apply(m))) == null) {
                found++;
            }
        }
    }

    /** Runs of 32, 40 or 64 hex digits standing alone: MD5, SHA-1 and SHA-256. A scan, because a regex tried at
     * every position of every message costs more than the rest of the analysis. */
    private static void hashes(String text, Map<String, IocClaim> out) {
        int i = 0;
        while (i < text.length()) {
            if (!isHex(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isHex(text.charAt(end))) {
                end++;
            }
            int length = end - i;
            boolean bounded = end == text.length() || !isWordChar(text.charAt(end));
            if (bounded && (length == 32 || length == 40 || length == 64)) {
                String value = text.substring(i, end);
                out.putIfAbsent(value, new IocClaim(length == 64 ? "sha256" : length == 40 ? "sha1" : "md5", value,
                        "file hash in the alert"));
            }
            i = end;
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static IocClaim ofEntity(Entity e) {
        String type = switch (e.type()) {
            case SOURCE_IP, DESTINATION_IP, AGENT_IP -> "ip";
            case SOURCE_PORT, DESTINATION_PORT -> "port";
            case USER -> "username";
            case PROCESS, PARENT_PROCESS -> "process";
            case COMMAND_LINE -> "command_line";
            case FILE -> "file_path";
            case CONTAINER_ID -> "container_id";
            case CONTAINER_IMAGE -> "container_image";
            case URL -> "url";
            case EMAIL -> "email";
            case HASH -> e.value().length() == 32 ? "md5" : e.value().length() == 40 ? "sha1" : "sha256";
            case REGISTRY_KEY -> "registry_key";
            case K8S_NAMESPACE, K8S_POD, PROTOCOL, HOST, EVENT_ID -> null;
        };
        if (type == null) {
            return null;
        }
        String where = switch (e.type()) {
            case SOURCE_IP -> "source address";
            case DESTINATION_IP -> "destination address";
            case AGENT_IP -> "address of the reporting agent";
            case SOURCE_PORT -> "source port";
            case DESTINATION_PORT -> "destination port";
            default -> e.type().wireName().replace('_', ' ');
        };
        String zone = e.value().startsWith("[EXTERNAL-IP") ? " (external)"
                : e.value().startsWith("[INTERNAL-IP") ? " (internal)" : "";
        return new IocClaim(type, e.value(), where + zone + ", from " + e.field());
    }
}
