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
 * Collects indicator claims from a masked alert: its typed entities first, then shapes in the message. Values may be
 * mask tokens; grounding restores them and checks each occurs verbatim in the alert.
 */
final class IocCollector {
    private static final Pattern IP_TOKEN = Pattern.compile("\\[(?:INTERNAL|EXTERNAL)-IP-\\d+]");
    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s\"'<>()\\[\\]]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern CVE = Pattern.compile("\\bCVE-\\d{4}-\\d{4,7}\\b", Pattern.CASE_INSENSITIVE);

    List<IocClaim> collect(MaskedAlert alert) {
        Map<String, IocClaim> claims = new LinkedHashMap<>();
        for (Entity e : alert.entities()) {
            String type = typeOf(e);
            if (type != null) {
                claims.putIfAbsent(e.value(), new IocClaim(type, e.value(), e.field()));
            }
        }
        String message = alert.message();
        if (message.contains("-IP-")) {
            find(IP_TOKEN, message, "ip", "in the message", claims);
        }
        String lowerCase = message.toLowerCase(java.util.Locale.ROOT);
        if (lowerCase.contains("http")) {
            find(URL, message, "url", "in the message", claims);
        }
        if (lowerCase.contains("cve-")) {
            find(CVE, message, "cve", "in the message", claims);
        }
        hashes(message, claims);
        return new ArrayList<>(claims.values());
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
                        "in the message"));
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

    private static void find(Pattern pattern, String text, String type, String context, Map<String, IocClaim> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.putIfAbsent(m.group(), new IocClaim(type, m.group(), context));
        }
    }

    private static String typeOf(Entity e) {
        return switch (e.type()) {
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
    }
}
