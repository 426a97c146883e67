package io.winnow.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The pooled connections of one store: readers, writers, and how many writers may work at once.
 *
 * <p>SQLite allows one writer at a time. Its writes therefore go through a pool of exactly one connection, entered
 * one caller at a time (see {@link JdbcAnalysisStore}), so that concurrent callers queue in the JVM instead of failing
 * with {@code SQLITE_BUSY}; readers use their own pool and, thanks to WAL, never wait for the writer. PostgreSQL
 * handles concurrent writers itself, so readers and writers share one pool.
 *
 * @param reader           the pool for queries
 * @param writer           the pool for transactions that write (may be the same pool as {@code reader})
 * @param concurrentWrites how many write transactions may run at once
 * @param migrations       an unpooled source for Flyway, which may want more than one connection at a time
 */
record StoreConnections(HikariDataSource reader, HikariDataSource writer, int concurrentWrites,
                        DataSource migrations) implements AutoCloseable {

    static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;
    private static final int SQLITE_READERS = 4;
    private static final int POSTGRES_POOL = 10;

    static StoreConnections sqlite(String jdbcUrl) {
        createParentDirectories(jdbcUrl);
        SQLiteDataSource readSource = sqliteSource(jdbcUrl, SQLiteConfig.TransactionMode.DEFERRED);
        // IMMEDIATE takes the write lock when a transaction begins, so it never fails halfway on lock upgrade.
        SQLiteDataSource writeSource = sqliteSource(jdbcUrl, SQLiteConfig.TransactionMode.IMMEDIATE);
        HikariDataSource writer = pool("winnow-store-write", writeSource, 1);
        try {
            return new StoreConnections(pool("winnow-store-read", readSource, SQLITE_READERS), writer, 1, writeSource);
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    static StoreConnections postgres(String jdbcUrl, String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        try {
            source.setURL(jdbcUrl);
        } catch (IllegalArgumentException e) {
            // The driver's message repeats the URL, which may hold a password.
            throw new IllegalArgumentException("not a valid PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
        }
        if (user != null) {
            source.setUser(user);
        }
        if (password != null) {
            source.setPassword(password);
        }
        source.setReWriteBatchedInserts(true);
        // Server messages would otherwise carry "Failing row contains (…)", i.e. alert contents.
        source.setLogServerErrorDetail(false);
        source.setApplicationName("winnow");
        HikariDataSource pool = pool("winnow-store", source, POSTGRES_POOL);
        return new StoreConnections(pool, pool, POSTGRES_POOL, source);
    }

    @Override
    public void close() {
        reader.close();
        writer.close();
    }

    private static SQLiteDataSource sqliteSource(String jdbcUrl, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(mode);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(jdbcUrl);
        return source;
    }

    private static HikariDataSource pool(String name, DataSource source, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSource(source);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(30_000);
        return new HikariDataSource(config);
    }

    private static void createParentDirectories(String jdbcUrl) {
        String path = sqlitePath(jdbcUrl);
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory for the SQLite database", e);
        }
    }

    /** The file path inside {@code jdbc:sqlite:PATH[?params]}, also in its {@code file:} URI form. */
    static String sqlitePath(String jdbcUrl) {
        String path = jdbcUrl.substring(AnalysisStores.SQLITE_PREFIX.length());
        if (path.contains(":memory:") || path.contains("mode=memory")) {
            throw new IllegalArgumentException("the SQLite store needs a file path, as in jdbc:sqlite:data/winnow.db;"
                    + " an in-memory database would not be shared between pooled connections");
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        if (path.isBlank()) {
            throw new IllegalArgumentException("the SQLite store needs a file path, as in jdbc:sqlite:data/winnow.db");
        }
        return path;
    }
}
