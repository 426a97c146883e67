package io.winnow.ingest;

import java.time.Instant;
import java.util.Map;

/**
 * What a syslog prefix told us about a line. Any part the line did not carry is null.
 *
 * @param priority       the PRI value 0–191, or null
 * @param time           the header timestamp, or null (missing, nil or not a real date)
 * @param host           HOSTNAME, or null
 * @param program        APP-NAME or the RFC 3164 tag, or null
 * @param pid            PROCID or the tag's {@code [pid]}, or null
 * @param msgId          RFC 5424 MSGID, or null
 * @param structuredData RFC 5424 SD parameters as {@code id.name → value}, in order; empty otherwise
 * @param message        the text after the prefix, never null
 */
record SyslogLine(Integer priority, Instant time, String host, String program, String pid, String msgId,
                  Map<String, String> structuredData, String message) {
}
