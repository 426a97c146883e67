package io.winnow.mask;

import static io.winnow.mask.Chars.isDigit;
import static io.winnow.mask.Chars.isWordChar;

/**
 * Dotted-quad IPv4 addresses, alone or with a port ({@code 10.0.0.5:22}). A quad glued to a word or to more dotted
 * numbers ({@code v1.2.3.4}, {@code 10.0.26100.2454}) is a version, not an address, and so is one that a version
 * key names ({@code "FileVersion":"10.0.1.14"}, a field called {@code os.version}): those are left alone.
 */
final class Ipv4Detector implements Detector {
    private static final String VERSION = "version";
    private static final String SEPARATORS = " \t\"':=\\";

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        if (s.indexOf('.') < 0 || isVersionField(segment.field())) {
            return;
        }
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            IpAddresses.Ipv4 quad = gluedBefore(s, i) ? null : IpAddresses.parseIpv4(s, i, n);
            if (quad != null && !gluedAfter(s, quad.end()) && !namedVersion(segment, i)) {
                sink.add(i, quad.end(), IpAddresses.kindOfV4(quad.address()));
                i = quad.end();
            } else {
                while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
            }
        }
    }

    private static boolean isVersionField(String field) {
        return field != null && field.regionMatches(true, field.length() - VERSION.length(), VERSION, 0,
                VERSION.length());
    }

    /** Whether the key just before {@code start} ends in "version", as in {@code ProductVersion: 5.16.9.223}. */
    private static boolean namedVersion(Segment segment, int start) {
        int i = start;
        while (i > 0 && start - i < 4 && SEPARATORS.indexOf(segment.text().charAt(i - 1)) >= 0) {
            i--;
        }
        return i >= VERSION.length() && segment.lower().startsWith(VERSION, i - VERSION.length());
    }

    private static boolean gluedBefore(String s, int i) {
        return i > 0 && (isWordChar(s.charAt(i - 1)) || s.charAt(i - 1) == '.');
    }

    private static boolean gluedAfter(String s, int end) {
        if (end >= s.length()) {
            return false;
        }
        char next = s.charAt(end);
        return isWordChar(next) || (next == '.' && end + 1 < s.length() && isDigit(s.charAt(end + 1)));
    }
}
