package io.winnow.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {
    @ParameterizedTest
    @CsvSource({
            "2026-11-22T10:15:02.123456789Z, 2026-11-22T10:15:02.123456789Z",
            "2026-11-22t10:15:02z, 2026-11-22T10:15:02Z",
            "2026-11-22T12:15:02+02:00, 2026-11-22T10:15:02Z"})
    void readsRfc3339(String text, Instant expected) {
        assertThat(Timestamps.rfc3339(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22T10:15:02", "2026-11-22 10:15:02Z", "2026-02-30T10:15:02Z",
            "2026-11-22T24:00:00Z", "1795349702", "2026-11-22T10:15:02+0000"})
    void rejectsWhatIsNotRfc3339(String text) {
        assertThat(Timestamps.rfc3339(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-22T10:15:02.123+0000, 2026-11-22T10:15:02.123Z",
            "2026-11-22T11:15:02.123+0100, 2026-11-22T10:15:02.123Z",
            "2026-11-22T10:15:02.123Z, 2026-11-22T10:15:02.123Z",
            "2026-11-22 10:15:02, 2026-11-22T10:15:02Z"})
    void readsWazuhAndIsoSpellings(String text, Instant expected) {
        assertThat(Timestamps.iso(text)).contains(expected);
    }

    @Test
    void readsZonelessTimeInGivenZone() {
        assertThat(Timestamps.iso("2026-07-01T12:00:00", ZoneId.of("Europe/Paris")))
                .contains(Instant.parse("2026-07-01T10:00:00Z"));
    }
}
