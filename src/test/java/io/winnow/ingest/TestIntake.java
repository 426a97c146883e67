package io.winnow.ingest;

import io.winnow.alert.IdGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/** Deterministic intake for tests: a fixed clock at {@link #NOW} (UTC) and IDs alert-1, alert-2, … */
final class TestIntake {
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private TestIntake() {
    }

    static Intake intake() {
        return intake(NOW);
    }

    static Intake intake(Instant now) {
        return new Intake(Clock.fixed(now, ZoneOffset.UTC), sequentialIds());
    }

    static ParseContext context() {
        return new ParseContext(NOW, ZoneOffset.UTC, sequentialIds());
    }

    static IdGenerator sequentialIds() {
        AtomicInteger next = new AtomicInteger();
        return () -> "alert-" + next.incrementAndGet();
    }

    /** A fixture under src/test/resources/ingest/. */
    static String fixture(String name) {
        try (InputStream in = TestIntake.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
