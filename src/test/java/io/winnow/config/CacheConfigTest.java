package io.winnow.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The cache keys: a switch, a duration with its unit and a count. */
class CacheConfigTest {
    @TempDir
    Path dir;

    private static ConfigLoader loader(Map<String, String> environment) {
        return new ConfigLoader(environment, FileSystems.getDefault());
    }

    @Test
    void defaultsToAnHourAndTenThousandEntries() {
        WinnowConfig.Cache cache = WinnowConfig.defaults().cache();

        assertThat(cache).isEqualTo(new WinnowConfig.Cache(true, Duration.ofHours(1), 10_000));
        assertThat(WinnowConfig.defaults().settings()).containsEntry("cache.ttl", "1h")
                .containsEntry("cache.enabled", "true");
    }

    @Test
    void readsTheCacheFromTheFileAndTheEnvironment() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("winnow.yaml"), """
                cache:
                  enabled: false
                  ttl: 30m
                """);

        // when
        WinnowConfig config = loader(Map.of("WINNOW_CACHE_MAX_ENTRIES", "500")).load(file, Map.of());
        WinnowConfig fromEnv = loader(Map.of("WINNOW_CACHE_TTL", "1500ms", "WINNOW_CACHE_ENABLED", "TRUE"))
                .load(null, Map.of());

        // then
        assertThat(config.cache()).isEqualTo(new WinnowConfig.Cache(false, Duration.ofMinutes(30), 500));
        assertThat(fromEnv.cache().ttl()).isEqualTo(Duration.ofMillis(1500));
        assertThat(fromEnv.cache().enabled()).isTrue();
        assertThat(fromEnv.settings()).containsEntry("cache.ttl", "1500ms");
    }

    @Test
    void refusesADurationWithoutAUnitOrOutOfRangeAndASwitchThatIsNotABoolean() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("winnow.yaml"), """
                cache:
                  enabled: "yes"
                  ttl: 3600
                """);

        // when
        ConfigException fromFile = catchThrowableOfType(ConfigException.class,
                () -> loader(Map.of()).load(file, Map.of()));
        ConfigException tooLong = catchThrowableOfType(ConfigException.class,
                () -> loader(Map.of("WINNOW_CACHE_TTL", "169h")).load(null, Map.of()));

        // then
        assertThat(String.join("\n", fromFile.problems()))
                .contains("cache.enabled: expected true or false, got text")
                .contains("cache.ttl: expected a duration such as 5s or 500ms");
        assertThat(String.join("\n", tooLong.problems())).contains("cache.ttl: must be between 1s and 168h, was 169h");
    }
}
