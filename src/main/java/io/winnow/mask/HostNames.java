package io.winnow.mask;

import java.util.Locale;
import java.util.Set;

/**
 * What a host name may look like, which dotted names are domain names, and which names belong to public services.
 * A dotted name is a domain name when its last label is a top-level domain seen in logs; labels that are also file
 * extensions or field names ({@code .sh}, {@code .py}, {@code .md}, {@code .so}, {@code .id}, {@code .name}) are left
 * out, so {@code install.sh}, {@code proc.name} and {@code container.id} stay as they are.
 */
final class HostNames {
    private static final Set<String> TLDS = Set.of(
            "com", "net", "org", "edu", "gov", "mil", "int", "io", "co", "ai", "dev", "cloud", "info", "biz", "me",
            "us", "uk", "de", "fr", "nl", "be", "ch", "at", "it", "es", "pt", "se", "no", "dk", "fi", "ie", "cz",
            "sk", "hu", "ro", "bg", "gr", "tr", "ru", "ua", "by", "kz", "cn", "jp", "kr", "tw", "hk", "sg", "my",
            "th", "vn", "ph", "au", "nz", "ca", "mx", "br", "ar", "cl", "za", "ng", "ke", "eg", "il", "ae", "sa",
            "ir", "pk", "lk", "tv", "ly", "gg", "eu", "asia", "xyz", "top", "site", "online", "tech", "store",
            "shop", "club", "live", "pro", "link", "space", "website", "blog", "news", "host", "email", "one",
            "life", "world", "today", "fun", "art", "onion", "zone", "network", "systems", "services", "solutions",
            "digital", "global", "group", "company", "agency", "studio", "works", "team", "center", "run", "ninja",
            "rocks", "ovh", "icu", "vip", "work", "tk", "ml", "ga", "cf", "gq", "su", "lol", "wtf",
            "local", "localdomain", "internal", "intranet", "corp", "lan", "home", "arpa", "test", "example",
            "invalid", "private", "priv", "office", "domain", "ad");
    /** Alphabetic last labels that are file extensions or field names, never taken as a top-level domain. */
    private static final Set<String> NOT_TLDS = Set.of(
            "name", "id", "sh", "py", "pl", "pm", "md", "rs", "so", "ps", "cc", "in", "ws", "to", "zip", "mov",
            "app", "ms", "mo", "bz", "sc", "st", "am", "log", "conf", "cfg", "ini", "txt", "json", "xml", "yml",
            "yaml", "toml", "pid", "sock", "lock", "tmp", "bak", "old", "swp", "service", "socket", "timer",
            "target", "mount", "slice", "scope", "path", "d", "c", "h", "o", "a", "cpp", "hpp", "go", "js", "ts",
            "java", "class", "jar", "war", "rb", "php", "html", "htm", "css", "jsp", "asp", "aspx", "cgi", "lua",
            "exe", "dll", "sys", "bat", "cmd", "ps1", "vbs", "msi", "lnk", "hta", "scr", "jpg", "png", "gif",
            "pdf", "doc", "docx", "xls", "xlsx", "csv", "tar", "gz", "tgz", "xz", "bz2", "rar", "deb", "rpm",
            "pem", "key", "crt", "cer", "csr", "pub", "der", "pfx", "db", "sqlite", "sql", "dump", "img", "iso",
            "bin", "dat", "cache", "preload", "env", "git", "type", "tag", "image", "repository",
            "cmdline", "exepath", "pname", "user", "group", "uid", "gid", "tty", "cwd", "dir", "rule", "output",
            "time", "priority", "source", "hostname", "fields", "args", "arg", "flags", "res", "num", "port");
    /** Names of public services that say nothing about the victim; kept below the strict level. */
    private static final Set<String> PUBLIC = Set.of(
            "docker.io", "registry-1.docker.io", "index.docker.io", "auth.docker.io", "hub.docker.com", "ghcr.io",
            "quay.io", "gcr.io", "registry.k8s.io", "k8s.gcr.io", "mcr.microsoft.com", "public.ecr.aws",
            "registry.gitlab.com", "github.com", "api.github.com", "raw.githubusercontent.com",
            "objects.githubusercontent.com", "codeload.github.com", "gist.github.com", "gitlab.com",
            "bitbucket.org", "pypi.org", "files.pythonhosted.org", "registry.npmjs.org", "npmjs.org",
            "deb.debian.org", "security.debian.org", "archive.ubuntu.com", "security.ubuntu.com",
            "dl-cdn.alpinelinux.org", "packages.microsoft.com", "download.docker.com", "get.docker.com",
            "hooks.slack.com", "api.telegram.org", "discord.com", "api.openai.com", "api.anthropic.com",
            "metadata.google.internal", "pastebin.com", "transfer.sh", "ngrok.io", "ngrok-free.app");

    private HostNames() {
    }

    /** Whether {@code label} (any case) is a known top-level domain. */
    static boolean isTld(String label) {
        return TLDS.contains(label.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code label} may end a domain name at the strict level: letters only, not a file extension. */
    static boolean isLooseTld(String label) {
        if (label.length() < 2 || label.length() > 24 || NOT_TLDS.contains(label.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            if (!Character.isLetter(label.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code label} is a file extension, unit type or field name rather than a top-level domain. */
    static boolean isFileExtension(String label) {
        return NOT_TLDS.contains(label.toLowerCase(Locale.ROOT));
    }

    static boolean isPublic(String name) {
        return PUBLIC.contains(name.toLowerCase(Locale.ROOT));
    }

    /** A character of a host name label. */
    static boolean isLabelChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '-' || c == '_';
    }

    /**
     * Whether {@code v} can name a host: labels of letters, digits, {@code -} and {@code _} joined by dots, at least
     * one letter, not a placeholder, not {@code localhost}, not an address (the IP detectors take those).
     */
    static boolean isHostName(String v) {
        if (v.isEmpty() || v.length() > 253 || Accounts.isPlaceholder(v) || v.charAt(0) == '.' || v.charAt(0) == '-') {
            return false;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost") || lower.startsWith("localhost.") || lower.equals("host")) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(isLabelChar(c) || c == '.')) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter && !looksLikeHexOnly(v);
    }

    /** A bare hex string is an ID or a hash, not a name (a container ID is not its host). */
    private static boolean looksLikeHexOnly(String v) {
        if (v.length() < 12) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (!Chars.isHex(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
