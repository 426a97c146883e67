package io.winnow.mask;

import java.util.Locale;
import java.util.Set;

/**
 * {@code user@host} where the host is not a domain with a top-level domain (those are emails): {@code ssh
 * alice@web-01}, {@code alice@10.0.0.5}, a shell prompt {@code alice@bastion:~$}. The user becomes a user token,
 * the host a host token (an address is left to the IP detectors). systemd's {@code getty@tty1.service} and
 * {@code package@1.2.3} are not users.
 */
final class UserAtHostDetector implements Detector {
    private static final Set<String> NOT_USERS = Set.of("getty", "serial-getty", "autovt", "container-getty",
            "user", "session", "wg-quick", "openvpn", "openvpn-client", "openvpn-server", "systemd", "dbus", "ssh",
            "sshd", "git", "rsync");
    private static final String[] UNIT_SUFFIXES = {".service", ".socket", ".timer", ".target", ".mount", ".slice",
        ".scope", ".path", ".device"};

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        for (int at = s.indexOf('@'); at > 0; at = s.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && isUserChar(s.charAt(start - 1)) && at - start <= 64) {
                start--;
            }
            int end = at + 1;
            while (end < s.length() && (HostNames.isLabelChar(s.charAt(end)) || s.charAt(end) == '.')) {
                end++;
            }
            while (end > at + 1 && s.charAt(end - 1) == '.') {
                end--;
            }
            if (start == at || end == at + 1 || !Character.isLetter(s.charAt(start))
                    || (start > 0 && (s.charAt(start - 1) == '@' || s.charAt(start - 1) == '.'))) {
                continue;
            }
            String user = s.substring(start, at);
            String host = s.substring(at + 1, end);
            if (NOT_USERS.contains(user.toLowerCase(Locale.ROOT)) || isUnit(host) || !Character.isLetterOrDigit(host.charAt(0))) {
                continue;
            }
            boolean address = IpAddresses.parseIpv4(s, at + 1, end) != null;
            if (!address && !HostNames.isHostName(host)) {
                continue;
            }
            NameSpans.user(s, start, at, sink);
            if (!address) {
                NameSpans.host(s, at + 1, end, sink, false);
            }
        }
    }

    private static boolean isUnit(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        for (String suffix : UNIT_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUserChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '.' || c == '_' || c == '-';
    }
}
