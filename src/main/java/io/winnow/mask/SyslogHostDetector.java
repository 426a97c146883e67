package io.winnow.mask;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host of a syslog header wherever it appears, at the start of a line or quoted inside JSON
 * ({@code "full_log":"Nov 18 04:09:02 bastion sshd[23110]: …"}): after a time of day that follows a date, before a
 * program tag ({@code sshd[23110]:}) or, in RFC 5424, before the application and process fields.
 */
final class SyslogHostDetector implements Detector {
    private static final Pattern HEADER = Pattern.compile(
            "\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d{1,9})?(?:Z|[+-]\\d\\d:?\\d\\d)? +([A-Za-z0-9_][A-Za-z0-9_.-]{0,254}) +"
                    + "[A-Za-z(]");

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        Matcher m = null;
        for (int colon = s.indexOf(':'); colon >= 0; colon = s.indexOf(':', colon + 1)) {
            int start = colon - 2;
            if (start < 2 || colon + 4 >= s.length() || s.charAt(colon + 3) != ':'
                    || !Chars.isDigit(s.charAt(start)) || !Chars.isDigit(s.charAt(colon + 1))) {
                continue;
            }
            char before = s.charAt(start - 1);
            if ((before != ' ' && before != 'T') || !Chars.isDigit(s.charAt(start - 2))) {
                continue;
            }
            if (m == null) {
                m = HEADER.matcher(s);
            }
            m.region(start, s.length());
            if (m.lookingAt()) {
                String host = m.group(1);
                if (IpAddresses.parseIpv4(s, m.start(1), m.end(1)) == null && host.indexOf(':') < 0) {
                    NameSpans.host(s, m.start(1), m.end(1), sink, false);
                }
                colon = m.end(1);
            }
        }
    }
}
