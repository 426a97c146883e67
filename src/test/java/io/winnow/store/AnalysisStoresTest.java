package io.winnow.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import static io.winnow.store.StoreFixtures.T0;
import static io.winnow.store.StoreFixtures.alert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalysisStoresTest {
    private final Clock clock = Clock.systemUTC();

    @Test
    void rejectsOtherUrlSchemesNamingTheAcceptedOnesWithoutRepeatingTheUrl() {
        assertThatThrownBy(() -> AnalysisStores.open("jdbc:mysql://db/winnow?password=hunter2", null, null, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:sqlite:")
                .hasMessageContaining("jdbc:postgresql:")
                .message().doesNotContain("hunter2");
    }

    @Test
    void rejectsAnInMemorySqliteDatabase() {
        assertThatThrownBy(() -> AnalysisStores.open("jdbc:sqlite::memory:", null, null, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file path");
    }

    @Test
    void createsTheSqliteFileAndItsDirectoriesInWalMode(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("data").resolve("nested").resolve("winnow.db");

        AnalysisStores.open("jdbc:sqlite:" + file, null, null, clock).close();

        assertThat(file).exists();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void keepsItsDataWhenOpenedAgain(@TempDir Path directory) {
        String url = "jdbc:sqlite:" + directory.resolve("winnow.db");
        try (AnalysisStore store = AnalysisStores.open(url, null, null, clock)) {
            store.saveAlerts(List.of(alert("a1", T0, "web-1")));
        }

        try (AnalysisStore reopened = AnalysisStores.open(url, null, null, clock)) {
            assertThat(reopened.findAlert("a1")).isPresent();
        }
    }

    @Test
    void reportsAnUnreachablePostgresAsRetriable() {
        assertThatThrownBy(() -> AnalysisStores.open("jdbc:postgresql://127.0.0.1:1/winnow", "u", "hunter2", clock))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).retriable()).isTrue())
                .message().doesNotContain("hunter2");
    }

    @Test
    void refusesToOpenWhereNoDirectoryCanBeCreated(@TempDir Path directory) throws Exception {
        Path blocker = Files.writeString(directory.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> AnalysisStores.open("jdbc:sqlite:" + blocker.resolve("winnow.db"), null, null, clock))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).retriable()).isFalse());
    }
}
