package io.winnow.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the syslog prefixes found in front of log lines: RFC 5424 ({@code <PRI>1 TIMESTAMP HOST APP PROCID
 * MSGID SD MSG}), RFC 3164 ({@code <PRI>Mmm dd hh:mm:ss HOST TAG[PID]: MSG}, also without {@code <PRI>} as in
 * /var/log files) and rsyslog's RFC 3339 file format ({@code 2026-11-22T10:15:02.123456+00:00 HOST TAG: MSG}).
 * A line that starts with none of them has no prefix. Never throws on odd input: what cannot be read is left to
 * the message.
 */
final class SyslogPrefix {
    private static final Pattern PRI = Pattern.compile("<(\\d{1,3})>");
    private static final Pattern RFC5424_HEADER =
            Pattern.compile("1 (\\S{1,64}) (\\S{1,255}) (\\S{1,48}) (\\S{1,128}) (\\S{1,32})(?: |$)");
    private static final Pattern BSD_TIME =
            Pattern.compile("([A-Z][a-z]{2}) {1,2}(\\d{1,2}) (\\d\\d):(\\d\\d):(\\d\\d)(?:\\.\\d{1,6})?(?: +|$)");
    private static final Pattern ISO_TIME = Pattern.compile(
            "(\\d{4}-\\d\\d-\\d\\d)([T ])(\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,9})?)(Z|[+-]\\d\\d:?\\d\\d)? +");
    /** A host name or address; all digits is a pid or a count, not a host. */
    private static final Pattern HOST =
            Pattern.compile("(?!\\d+(?: |$))[A-Za-z0-9_.:\\-]{0,254}[A-Za-z0-9_.\\-](?: +|$)");
    private static final Pattern TAG = Pattern.compile("([^\\s\\[\\]:]{1,64})(?:\\[([^\\]\\s]{1,32})])?:(?: +|$)");
    private static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final String NIL = "-";

    private SyslogPrefix() {
    }

    /**
     * Reads the prefix of {@code line}.
     *
     * @param now  the moment of intake, for the year RFC 3164 leaves out
     * @param zone the zone of timestamps that carry none
     */
    static Optional<SyslogLine> parse(String line, Instant now, ZoneId zone) {
        Integer priority = null;
        int at = 0;
        Matcher pri = PRI.matcher(line);
        if (pri.lookingAt() && Integer.parseInt(pri.group(1)) <= 191) {
            priority = Integer.valueOf(pri.group(1));
            at = pri.end();
        }
        if (priority != null) {
            Matcher header = RFC5424_HEADER.matcher(line).region(at, line.length());
            if (header.lookingAt()) {
                return Optional.of(rfc5424(priority, header, line.substring(header.end())));
            }
        }
        Matcher bsd = BSD_TIME.matcher(line).region(at, line.length());
        if (bsd.lookingAt() && MONTHS.contains(bsd.group(1))) {
            return Optional.of(afterTime(priority, bsdTime(bsd, now, zone), line, bsd.end(), false));
        }
        Matcher iso = ISO_TIME.matcher(line).region(at, line.length());
        if (iso.lookingAt()) {
            Instant time = Timestamps.iso(iso.group(1) + "T" + iso.group(3) + nullToEmpty(iso.group(4)), zone)
                    .orElse(null);
            // "2015-03-11 21:59:09 1.2.3.4 GET /" is a web log; only a tag makes a space-separated date syslog.
            boolean needsTag = iso.group(2).equals(" ");
            SyslogLine parsed = afterTime(priority, time, line, iso.end(), needsTag);
            if (parsed != null) {
                return Optional.of(parsed);
            }
        }
        if (priority != null) {
            return Optional.of(new SyslogLine(priority, null, null, null, null, null, Map.of(), line.substring(at)));
        }
        return Optional.empty();
    }

    /** HOST and TAG after the timestamp; either may be missing. Null when {@code needsTag} and there is no tag. */
    private static SyslogLine afterTime(Integer priority, Instant time, String line, int at, boolean needsTag) {
        String host = null;
        Matcher tag = TAG.matcher(line).region(at, line.length());
        if (!tag.lookingAt()) {
            Matcher hostMatch = HOST.matcher(line).region(at, line.length());
            if (hostMatch.lookingAt()) {
                host = line.substring(at, hostMatch.end()).strip();
                at = hostMatch.end();
                tag = TAG.matcher(line).region(at, line.length());
            }
        }
        boolean tagged = tag.lookingAt();
        if (needsTag && !tagged) {
            return null;
        }
        String program = tagged ? tag.group(1) : null;
        String pid = tagged ? tag.group(2) : null;
        String message = line.substring(tagged ? tag.end() : at);
        return new SyslogLine(priority, time, host, program, pid, null, Map.of(), message);
    }

    private static SyslogLine rfc5424(int priority, Matcher header, String rest) {
        Instant time = nil(header.group(1)) == null ? null : Timestamps.rfc3339(header.group(1)).orElse(null);
        StructuredData.Result sd = StructuredData.parse(rest);
        String message = sd.message().startsWith("\uFEFF") ? sd.message().substring(1) : sd.message();
        return new SyslogLine(priority, time, nil(header.group(2)), nil(header.group(3)), nil(header.group(4)),
                nil(header.group(5)), sd.params(), message);
    }

    /**
     * RFC 3164 has no year: take the one that puts the event closest before now, allowing a day of clock skew
     * (so "Dec 31" read on Jan 1 is last year, and "Jan 1 00:05" read at 23:50 on Dec 31 is next year).
     */
    private static Instant bsdTime(Matcher m, Instant now, ZoneId zone) {
        int month = MONTHS.indexOf(m.group(1)) + 1;
        ZonedDateTime latest = now.atZone(zone).plusDays(1);
        for (int year = latest.getYear(); year >= latest.getYear() - 2; year--) {
            try {
                ZonedDateTime time = LocalDateTime.of(year, month, Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)))
                        .atZone(zone);
                if (!time.isAfter(latest)) {
                    return time.toInstant();
                }
            } catch (DateTimeException e) {
                // Not a date in this year (Feb 29, Apr 31, 25:00): try the year before.
            }
        }
        return null;
    }

    private static String nil(String value) {
        return NIL.equals(value) ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
