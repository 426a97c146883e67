package io.winnow.mask;

import static io.winnow.mask.Chars.isDigit;
import static io.winnow.mask.Chars.isHex;
import static io.winnow.mask.Chars.isWordChar;

/**
 * IPv6 addresses, compressed or not, with an embedded IPv4 ({@code ::ffff:10.0.0.1}), bare or in brackets with a
 * port ({@code [2001:db8::1]:443}). A candidate is a run of hex digits, colons and dots with at least two colons and
 * one decimal digit, not glued to a word; it must then parse strictly. Times ({@code 12:55:40}) and MAC addresses
 * do not parse, and all-letter runs such as {@code dead::beef} are too rare in logs to risk eating identifiers.
 */
final class Ipv6Detector implements Detector {

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        int colon = s.indexOf(':');
        while (colon >= 0) {
            int start = colon;
            while (start > 0 && isRunChar(s.charAt(start - 1))) {
                start--;
            }
            int end = colon;
            while (end < s.length() && isRunChar(s.charAt(end))) {
                end++;
            }
            candidate(s, start, end, sink);
            colon = s.indexOf(':', end);
        }
    }

    private static void candidate(String s, int start, int end, Sink sink) {
        if ((start > 0 && isWordChar(s.charAt(start - 1))) || (end < s.length() && isWordChar(s.charAt(end)))) {
            return;
        }
        if (!hasTwoColonsAndADigit(s, start, end)) {
            return;
        }
        byte[] address = IpAddresses.parseIpv6(s, start, end);
        if (address == null) {
            // a sentence may end right after the address: "from fe80::1." or "fe80::1: refused"
            int trimmed = end;
            while (trimmed > start && s.charAt(trimmed - 1) == '.') {
                trimmed--;
            }
            if (trimmed - start > 2 && s.charAt(trimmed - 1) == ':' && s.charAt(trimmed - 2) != ':') {
                trimmed--;
            }
            if (trimmed == end) {
                return;
            }
            end = trimmed;
            address = IpAddresses.parseIpv6(s, start, end);
        }
        if (address != null && !isLoneGroupBeforeGap(s, start, end)) {
            sink.add(start, end, IpAddresses.kindOfV6(address));
        }
    }

    /** {@code 2017::} or {@code 19::} is far likelier a {@code key::value} separator than an address. */
    private static boolean isLoneGroupBeforeGap(String s, int start, int end) {
        int firstColon = s.indexOf(':', start);
        return firstColon == end - 2 && firstColon > start;
    }

    private static boolean hasTwoColonsAndADigit(String s, int start, int end) {
        int colons = 0;
        boolean digit = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            colons += c == ':' ? 1 : 0;
            digit |= isDigit(c);
        }
        return colons >= 2 && digit;
    }

    private static boolean isRunChar(char c) {
        return isHex(c) || c == ':' || c == '.';
    }
}
