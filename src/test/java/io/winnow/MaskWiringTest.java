package io.winnow;

import io.winnow.triage.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The mask.* keys reach the masker that App wires into the pipeline. */
class MaskWiringTest {
    private static final String LINE = "Failed password for jsmith from 203.0.113.45 port 22 ssh2";

    @Test
    void masksWhatTheConfigurationAsks(@TempDir Path dir) {
        try (Engine defaults = App.open(TestEngines.config(dir.resolve("a"), Map.of()));
             Engine noUsers = App.open(TestEngines.config(dir.resolve("b"), Map.of("mask.users", "false",
                     "mask.allow", "203.0.113.45")));
             Engine off = App.open(TestEngines.config(dir.resolve("c"), Map.of("mask.enabled", "false")))) {
            assertThat(defaults.pipeline().maskText(LINE).text())
                    .isEqualTo("Failed password for [USER-1] from [EXTERNAL-IP-1] port 22 ssh2");
            assertThat(noUsers.pipeline().maskText(LINE).text()).isEqualTo(LINE);
            assertThat(off.pipeline().maskText(LINE).text()).isEqualTo(LINE);
        }
    }
}
