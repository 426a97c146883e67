package io.winnow.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** The store contract on SQLite, one database file per test under a temporary directory. */
class SqliteAnalysisStoreTest extends AnalysisStoreContract {
    @TempDir
    Path directory;

    private final AtomicInteger databases = new AtomicInteger();

    @Override
    protected String newDatabaseUrl() {
        return "jdbc:sqlite:" + directory.resolve("db-" + databases.incrementAndGet()).resolve("winnow.db");
    }
}
