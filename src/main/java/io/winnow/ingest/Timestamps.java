package io.winnow.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/** The timestamp spellings intake accepts. All methods return empty instead of throwing. */
final class Timestamps {
    /** RFC 3339: {@code 2026-11-22T10:15:02.123456789Z}, {@code …+02:00}; up to nanoseconds. */
    private static final DateTimeFormatter RFC_3339 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffset("+HH:MM", "Z")
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    /** ISO 8601 as Wazuh writes it: the offset as {@code +0000} or {@code +00:00} or {@code Z}, or missing. */
    private static final DateTimeFormatter ISO_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    private Timestamps() {
    }

    /** Strict RFC 3339 with a mandatory offset. */
    static Optional<Instant> rfc3339(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, RFC_3339).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Wazuh's {@code 2026-11-22T10:15:02.123+0000}, any RFC 3339 time, or a zone-less time taken as UTC. */
    static Optional<Instant> iso(String text) {
        return iso(text, ZoneOffset.UTC);
    }

    /** As {@link #iso(String)}, with zone-less times read in {@code zone}. */
    static Optional<Instant> iso(String text, ZoneId zone) {
        try {
            TemporalAccessor parsed = ISO_LENIENT.parse(text);
            LocalDateTime local = LocalDateTime.from(parsed);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return Optional.of(OffsetDateTime.of(local,
                        ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))).toInstant());
            }
            return Optional.of(local.atZone(zone).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
