package io.winnow.mask;

import java.util.Locale;

/**
 * MAC addresses: six hex pairs joined by {@code :} or {@code -}, or Cisco's {@code aabb.ccdd.eeff}. The 14 pairs of
 * an iptables {@code MAC=} field are the destination and source addresses and the EtherType, masked as two MACs
 * with the EtherType kept. Broadcast and all-zero addresses name no device and stay. A DHCP server's name for the
 * device after its MAC ({@code to 00:11:22:33:44:55 (alice-laptop) via eth0}) is a host name.
 */
final class MacDetector implements Detector {
    private final boolean names;

    MacDetector(boolean names) {
        this.names = names;
    }

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        scan(s, ':', sink);
        scan(s, '-', sink);
        cisco(s, sink);
    }

    /** Runs of hex pairs joined by {@code sep}, found from each separator that could be a MAC's first. */
    private void scan(String s, char sep, Sink sink) {
        int n = s.length();
        int from = 0;
        for (int p = s.indexOf(sep); p >= 2 && p + 14 < n; p = s.indexOf(sep, Math.max(p + 1, from))) {
            int i = p - 2;
            if (s.charAt(p + 3) != sep || !Chars.isHex(s.charAt(i)) || !Chars.isHex(s.charAt(i + 1))
                    || (i > 0 && (isGlue(s.charAt(i - 1)) || s.charAt(i - 1) == sep))) {
                continue;
            }
            int groups = 1;
            int end = i + 2;
            while (end + 2 < n && s.charAt(end) == sep && Chars.isHex(s.charAt(end + 1))
                    && Chars.isHex(s.charAt(end + 2)) && groups < 32) {
                groups++;
                end += 3;
            }
            from = end;
            if (groups >= 6 && !(end < n && (isGlue(s.charAt(end)) || s.charAt(end) == sep))) {
                report(s, i, end, groups, sink);
            }
        }
    }

    private void report(String s, int start, int end, int groups, Sink sink) {
        if (groups == 14) {
            mac(s, start, start + 17, sink);
            mac(s, start + 18, start + 35, sink);
        } else {
            mac(s, start, end, sink);
        }
        if (names && groups == 6) {
            dhcpName(s, end, sink);
        }
    }

    private static void mac(String s, int start, int end, Sink sink) {
        boolean broadcast = true;
        boolean zero = true;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (Chars.isHex(c)) {
                broadcast &= c == 'f' || c == 'F';
                zero &= c == '0';
            }
        }
        if (!broadcast && !zero) {
            sink.add(start, end, TokenKind.MAC);
        }
    }

    /** {@code MAC (name)} in ISC dhcpd lines, {@code MAC name} at the end of dnsmasq's. */
    private static void dhcpName(String s, int end, Sink sink) {
        if (s.startsWith(" (", end)) {
            int close = s.indexOf(')', end + 2);
            if (close > end + 2 && close - end < 70) {
                NameSpans.host(s, end + 2, close, sink, false);
            }
        } else if (s.startsWith(" ", end) && s.contains("DHCP")) {
            int stop = end + 1;
            while (stop < s.length() && !Character.isWhitespace(s.charAt(stop))) {
                stop++;
            }
            String word = s.substring(end + 1, stop).toLowerCase(Locale.ROOT);
            if (!word.equals("via") && !word.equals("to") && !word.equals("from") && !word.equals("on")
                    && !word.equals("uid") && !word.startsWith("(")) {
                NameSpans.host(s, end + 1, stop, sink, false);
            }
        }
    }

    /** {@code aabb.ccdd.eeff}, with at least one hex letter so that dotted numbers are not taken. */
    private static void cisco(String s, Sink sink) {
        for (int dot = s.indexOf('.'); dot >= 4 && dot + 10 <= s.length(); dot = s.indexOf('.', dot + 1)) {
            int start = dot - 4;
            if (s.charAt(dot + 5) != '.' || (start > 0 && isGlue(s.charAt(start - 1)))
                    || (dot + 10 < s.length() && isGlue(s.charAt(dot + 10)))) {
                continue;
            }
            boolean hex = true;
            boolean letter = false;
            for (int i = start; i < dot + 10; i++) {
                char c = s.charAt(i);
                if (i != dot && i != dot + 5) {
                    hex &= Chars.isHex(c);
                    letter |= Character.isLetter(c);
                }
            }
            if (hex && letter) {
                mac(s, start, dot + 10, sink);
            }
        }
    }

    private static boolean isGlue(char c) {
        return Chars.isAsciiAlnum(c) || c == '_' || c == '.';
    }
}
