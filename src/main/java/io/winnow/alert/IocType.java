package io.winnow.alert;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Optional;

/** Kinds of indicators of compromise. */
public enum IocType {
    IPV4, IPV6, DOMAIN, URL, EMAIL, MD5, SHA1, SHA256, FILE_PATH, USERNAME, PROCESS, COMMAND_LINE, PORT,
    CONTAINER_IMAGE, CONTAINER_ID, REGISTRY_KEY, CVE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static IocType fromJson(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("unknown IOC type: " + text));
    }

    /** Reads our wire names and common synonyms ({@code ip}, {@code hash}, {@code path}, {@code user} …). */
    public static Optional<IocType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String k = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return switch (k) {
            case "ip", "ipv4", "ip_address", "ipv4_address" -> Optional.of(IPV4);
            case "ipv6", "ipv6_address" -> Optional.of(IPV6);
            case "domain", "hostname", "fqdn" -> Optional.of(DOMAIN);
            case "url", "uri" -> Optional.of(URL);
            case "email", "email_address" -> Optional.of(EMAIL);
            case "md5" -> Optional.of(MD5);
            case "sha1" -> Optional.of(SHA1);
            case "sha256", "hash", "file_hash" -> Optional.of(SHA256);
            case "file_path", "path", "file" -> Optional.of(FILE_PATH);
            case "username", "user", "account" -> Optional.of(USERNAME);
            case "process", "process_name" -> Optional.of(PROCESS);
            case "command_line", "cmdline", "command" -> Optional.of(COMMAND_LINE);
            case "port" -> Optional.of(PORT);
            case "container_image", "image" -> Optional.of(CONTAINER_IMAGE);
            case "container_id", "container" -> Optional.of(CONTAINER_ID);
            case "registry_key", "registry" -> Optional.of(REGISTRY_KEY);
            case "cve", "cve_id" -> Optional.of(CVE);
            default -> Optional.empty();
        };
    }
}
