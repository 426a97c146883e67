package io.winnow.analyst.builtin.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns text into index terms, the same way for technique descriptors and for alert text: lower case, words split on
 * anything that is not a letter or digit, command-line flags kept with their dashes ({@code -e}, {@code -enc},
 * {@code --upload-file}), a plural {@code s} removed, stop words dropped. Each word is a term, and so is each pair of
 * neighbouring words ({@code "etc shadow"}, {@code "nc -e"}), which keeps paths and short phrases specific. Paths
 * therefore match by their parts: {@code /etc/shadow} gives {@code etc}, {@code shadow} and {@code "etc shadow"}.
 */
final class Terms {
    /** Alert text beyond this is not read: the start of a log line says what it is about. */
    static final int MAX_CHARS = 4_000;
    private static final int MAX_WORD = 40;
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "of", "for", "to", "in",
            "on", "by", "with", "from", "via", "at", "as", "is", "be", "was", "were", "are", "this", "that", "it",
            "its", "not", "no", "yes", "into", "over", "after", "before", "has", "have", "had", "than", "then", "but",
            "if");
    /**
     * Words that nearly every log line has. They are rare among technique names, so BM25 alone would rate them
     * highly; {@link LexicalRanker} counts them for a third. Phrases that contain them keep their full weight.
     */
    private static final Set<String> LOG_WORDS = Set.of(
            "port", "connection", "connect", "user", "session", "process", "file", "service", "host", "server",
            "client", "error", "failed", "fail", "failure", "success", "successful", "login", "logon", "request",
            "message", "status", "new", "created", "create", "start", "started", "stop", "run", "running", "command",
            "system", "network", "remote", "local", "access", "account", "accepted", "denied", "open", "opened",
            "closed", "close", "read", "write", "data", "time", "name", "type", "pid", "uid", "gid", "tcp", "udp",
            "ip", "http", "https", "get", "post", "root", "admin", "key", "log", "event", "info", "warning", "alert",
            "rule", "source", "destination", "src", "dst", "program", "exe", "path", "dir", "directory", "home",
            "tmp", "usr", "bin", "var", "etc", "window", "system32", "linux", "container", "image", "pod", "default",
            "config", "set", "value", "enabled", "disabled", "change", "changed", "modified", "added", "removed",
            "deleted", "delete", "line", "level", "id", "code", "result", "action", "object", "application", "app",
            "web", "url", "api", "external", "internal", "unknown", "invalid", "allowed", "blocked", "sent",
            "received", "outbound", "inbound", "com", "org", "net", "www", "version", "win", "microsoft", "computer",
            "task", "organization", "product", "information", "provider", "null", "true", "false", "attribute",
            "hashe", "text", "detail", "low", "medium", "high", "out", "interface", "resource", "update", "profile",
            "device", "group", "domain", "policy", "method", "test", "like", "kernel", "desktop", "security", "audit",
            "integration", "workload", "execution", "protocol", "software", "cloud", "sshd", "date", "github",
            "download", "channel", "json", "xml", "guid", "utc", "hostname", "address", "mode", "option", "module",
            "count");

    private Terms() {
    }

    /** The words of the text, in order, normalised; stop words are kept here (as null) to break phrases. */
    static List<String> words(String text) {
        int end = Math.min(text.length(), MAX_CHARS);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (c == '-' && (word.isEmpty() ? startsFlag(text, i, end) : word.charAt(0) == '-')) {
                word.append('-');
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    /** Unigram and bigram terms of the text, duplicates included. */
    static List<String> of(String text) {
        List<String> words = words(text);
        List<String> terms = new ArrayList<>(words.size() * 2);
        String previous = null;
        for (String w : words) {
            if (w != null && isTerm(w)) {
                terms.add(w);
            }
            if (previous != null && w != null && !(isNumber(previous) && isNumber(w))) {
                terms.add(previous + ' ' + w);
            }
            previous = w;
        }
        return terms;
    }

    /** Whether a term is a word that nearly every log line has (see {@link #LOG_WORDS}). */
    static boolean isLogWord(String term) {
        return LOG_WORDS.contains(term);
    }

    /**
     * One-letter flags ({@code -e}) and short numbers mean something only next to another word ({@code nc -e},
     * {@code type 3}); numbers of four or five digits (event IDs, ports) stand alone.
     */
    private static boolean isTerm(String w) {
        if (w.charAt(0) == '-') {
            return w.length() > 2;
        }
        return isNumber(w) ? w.length() >= 4 && w.length() <= 5 && !isYear(w) : w.length() > 1;
    }

    /** 1990–2039 in a log line is nearly always a year. */
    private static boolean isYear(String w) {
        return w.length() == 4
                && (w.startsWith("19") && w.charAt(2) >= '9' || w.startsWith("20") && w.charAt(2) <= '3');
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A dash starts a flag when it follows a blank, a quote or the start, and leads to a letter or a dash. */
    private static boolean startsFlag(String text, int i, int end) {
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        boolean boundary = Character.isWhitespace(before) || before == '"' || before == '\'';
        return boundary && i + 1 < end && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '-');
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.isEmpty()) {
            return;
        }
        String w = trimDashes(word);
        word.setLength(0);
        if (w.isEmpty() || w.length() > MAX_WORD) {
            words.add(null);
            return;
        }
        words.add(STOP_WORDS.contains(w) ? null : stem(w));
    }

    private static String trimDashes(StringBuilder word) {
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == '-') {
            end--;
        }
        String w = word.substring(0, end);
        return w.chars().allMatch(ch -> ch == '-') ? "" : w;
    }

    /** Removes a plural s: {@code passwords} → {@code password}, but not {@code access} or {@code status}. */
    static String stem(String w) {
        int n = w.length();
        if (n > 4 && w.charAt(n - 1) == 's' && w.charAt(0) != '-') {
            char before = w.charAt(n - 2);
            if (before != 's' && before != 'u' && before != 'i' && Character.isLetter(before)) {
                return w.substring(0, n - 1);
            }
        }
        return w;
    }
}
