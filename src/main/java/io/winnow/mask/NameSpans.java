package io.winnow.mask;

import java.util.Locale;
import java.util.Set;

/**
 * Reports a stretch of text that context says is a user, host or domain name, after checking that it can be one.
 * A Windows domain account (domain, backslash, user) is split into a domain and a user; a machine account {@code WS01$} is a host.
 */
final class NameSpans {
    private static final Set<String> WELL_KNOWN_DOMAINS = Set.of("nt authority", "builtin", "workgroup",
            "nt service", "window manager", "font driver host", "-", ".", "local", "localhost", "nt virtual machine",
            "iis apppool");

    private NameSpans() {
    }

    /** {@code text[start, end)} as a user name. */
    static void user(String text, int start, int end, Detector.Sink sink) {
        start = trimStart(text, start, end);
        end = trimEnd(text, start, end);
        while (end > start && text.charAt(end - 1) == '.') {
            end--;
        }
        if (end <= start) {
            return;
        }
        int slash = lastBackslash(text, start, end);
        if (slash >= 0) {
            int domainEnd = slash;
            while (domainEnd > start && text.charAt(domainEnd - 1) == '\\') {
                domainEnd--;
            }
            domain(text, start, domainEnd, sink);
            start = slash + 1;
        }
        String name = text.substring(start, end);
        if (name.endsWith("$") && name.length() > 1) {
            host(text, start, end - 1, sink, false);
            return;
        }
        if (Accounts.isUserName(name, true)) {
            sink.add(start, end, TokenKind.USER);
        }
    }

    /** {@code text[start, end)} as a host name; {@code dotted} asks for a domain name, not a single label. */
    static void host(String text, int start, int end, Detector.Sink sink, boolean dotted) {
        start = trimStart(text, start, end);
        end = trimEnd(text, start, end);
        while (end > start && text.charAt(end - 1) == '.') {
            end--;
        }
        if (end <= start) {
            return;
        }
        String name = text.substring(start, end);
        if (name.endsWith("$")) {
            name = name.substring(0, name.length() - 1);
            end--;
        }
        if (HostNames.isHostName(name) && (!dotted || name.indexOf('.') > 0) && !HostNames.isPublic(name)) {
            sink.add(start, end, TokenKind.HOST);
        }
    }

    /** {@code text[start, end)} as a Windows or DNS domain, unless it is a well-known one such as NT AUTHORITY. */
    static void domain(String text, int start, int end, Detector.Sink sink) {
        start = trimStart(text, start, end);
        end = trimEnd(text, start, end);
        if (end > start && !WELL_KNOWN_DOMAINS.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
            host(text, start, end, sink, false);
        }
    }

    private static int lastBackslash(String text, int start, int end) {
        for (int i = end - 1; i > start; i--) {
            if (text.charAt(i) == '\\') {
                return i;
            }
        }
        return -1;
    }

    private static int trimStart(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
