package io.winnow.ingest;

import io.winnow.alert.IdGenerator;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a parser needs besides the input: when the alert was received and where IDs come from.
 *
 * @param receivedAt the moment of intake, read once from the injected clock; becomes {@code Alert.receivedAt}
 * @param zone       the clock's zone, used for source timestamps that carry no zone (RFC 3164 syslog)
 * @param ids        the ID source; a parser draws exactly one ID, and only for an alert it accepts
 */
public record ParseContext(Instant receivedAt, ZoneId zone, IdGenerator ids) {
    public ParseContext {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(ids, "ids");
    }
}
