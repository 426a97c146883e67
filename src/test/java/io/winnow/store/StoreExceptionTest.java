package io.winnow.store;

import org.jdbi.v3.core.ConnectionException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class StoreExceptionTest {

    @Test
    void treatsABusyOrLockedSqliteDatabaseAsRetriable() {
        assertThat(wrap(new SQLiteException("busy", SQLiteErrorCode.SQLITE_BUSY)).retriable()).isTrue();
        assertThat(wrap(new SQLiteException("locked", SQLiteErrorCode.SQLITE_LOCKED)).retriable()).isTrue();
    }

    @Test
    void treatsConstraintViolationsAsFinal() {
        assertThat(wrap(new SQLiteException("c", SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY)).retriable()).isFalse();
        assertThat(wrap(new PSQLException("dup", PSQLState.UNIQUE_VIOLATION)).retriable()).isFalse();
        assertThat(wrap(new PSQLException("fk", PSQLState.FOREIGN_KEY_VIOLATION)).retriable()).isFalse();
    }

    @Test
    void treatsLostConnectionsSerialisationConflictsAndPoolTimeoutsAsRetriable() {
        assertThat(wrap(new PSQLException("gone", PSQLState.CONNECTION_FAILURE)).retriable()).isTrue();
        assertThat(wrap(new PSQLException("conflict", PSQLState.SERIALIZATION_FAILURE)).retriable()).isTrue();
        assertThat(wrap(new SQLTransientConnectionException("pool timeout")).retriable()).isTrue();
        assertThat(wrap(new ConnectionException(new SQLException("no route", "08001"))).retriable()).isTrue();
    }

    @Test
    void namesTheOperationAndCodeButNotTheDriverMessage() {
        StoreException e = wrap(new PSQLException("Key (id)=(secret) already exists", PSQLState.UNIQUE_VIOLATION));

        assertThat(e.getMessage()).isEqualTo("save alerts failed (SQLState 23505)").doesNotContain("secret");
    }

    private static StoreException wrap(Exception cause) {
        return StoreException.of("save alerts", cause);
    }
}
