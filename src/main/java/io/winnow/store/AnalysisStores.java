package io.winnow.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Objects;

/**
 * Opens the {@link AnalysisStore} a JDBC URL names and brings its schema up to date (Flyway,
 * {@code db/migration}). SQLite ({@code jdbc:sqlite:PATH}) is the embedded default; PostgreSQL
 * ({@code jdbc:postgresql://…}) serves several Winnow nodes at once.
 */
public final class AnalysisStores {
    static final String SQLITE_PREFIX = "jdbc:sqlite:";
    static final String POSTGRES_PREFIX = "jdbc:postgresql:";

    private AnalysisStores() {
    }

    /**
     * Opens a store, creating the SQLite file and its directories or the schema when missing.
     *
     * @param jdbcUrl  {@code jdbc:sqlite:PATH} (a file, not {@code :memory:}) or {@code jdbc:postgresql://host/db}
     * @param user     the database user, or null (SQLite ignores it; PostgreSQL may take it from the URL)
     * @param password the database password, or null
     * @param clock    the clock for {@code updated_at} stamps
     * @return an open store; close it to release its connections
     * @throws IllegalArgumentException if the URL has another scheme or no usable path; the message never repeats
     *                                  the URL, which may hold a password
     * @throws StoreException           if the database cannot be reached or migrated
     */
    public static AnalysisStore open(String jdbcUrl, String user, String password, Clock clock) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(clock, "clock");
        StoreConnections connections = connect(jdbcUrl, user, password);
        try {
            migrate(connections.migrations());
            return new JdbcAnalysisStore(connections, clock);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
    }

    private static StoreConnections connect(String jdbcUrl, String user, String password) {
        try {
            if (jdbcUrl.startsWith(SQLITE_PREFIX)) {
                return StoreConnections.sqlite(jdbcUrl);
            }
            if (jdbcUrl.startsWith(POSTGRES_PREFIX)) {
                return StoreConnections.postgres(jdbcUrl, user, password);
            }
        } catch (IllegalArgumentException | StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw StoreException.of("open the store", e);
        }
        throw new IllegalArgumentException("unsupported store URL: it must start with " + SQLITE_PREFIX
                + " (for example jdbc:sqlite:data/winnow.db) or " + POSTGRES_PREFIX
                + " (for example jdbc:postgresql://localhost:5432/winnow)");
    }

    private static void migrate(DataSource source) {
        try {
            Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw StoreException.of("migrate the store schema", e);
        }
    }
}
