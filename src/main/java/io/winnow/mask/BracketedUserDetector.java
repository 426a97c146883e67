package io.winnow.mask;

import io.winnow.mask.IpAddresses.Ipv4;

/**
 * User names whose grammar puts them before the words that say so: cron's {@code (alice) CMD (…)}, vsftpd's
 * {@code [alice] FAIL LOGIN}, OpenVPN's {@code [alice] Peer Connection Initiated} and its {@code alice/203.0.113.5:51234}
 * client prefix.
 */
final class BracketedUserDetector implements Detector {
    private static final String[][] AFTER = {
        {") CMD (", "("}, {"] FAIL LOGIN", "["}, {"] OK LOGIN", "["}, {"] OK UPLOAD", "["}, {"] OK DOWNLOAD", "["},
        {"] FAIL UPLOAD", "["}, {"] FAIL DOWNLOAD", "["}, {"] Peer Connection", "["}};

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        for (String[] rule : AFTER) {
            for (int at = s.indexOf(rule[0]); at >= 0; at = s.indexOf(rule[0], at + 1)) {
                int open = s.lastIndexOf(rule[1], at);
                if (open >= 0 && at - open <= 65 && at - open > 1) {
                    NameSpans.user(s, open + 1, at, sink);
                }
            }
        }
        openVpnClients(s, sink);
    }

    /** {@code NAME/IPv4:port}, the prefix OpenVPN puts on a client's lines. */
    private static void openVpnClients(String s, Sink sink) {
        for (int slash = s.indexOf('/'); slash > 0; slash = s.indexOf('/', slash + 1)) {
            if (slash + 1 >= s.length() || !Chars.isDigit(s.charAt(slash + 1))) {
                continue;
            }
            Ipv4 quad = IpAddresses.parseIpv4(s, slash + 1, s.length());
            if (quad == null || quad.end() >= s.length() || s.charAt(quad.end()) != ':') {
                continue;
            }
            int start = slash;
            while (start > 0 && isNameChar(s.charAt(start - 1)) && slash - start < 64) {
                start--;
            }
            if (start < slash && (start == 0 || Character.isWhitespace(s.charAt(start - 1)) || s.charAt(start - 1) == ']')) {
                NameSpans.user(s, start, slash, sink);
            }
        }
    }

    private static boolean isNameChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '.' || c == '_' || c == '-' || c == '@';
    }
}
