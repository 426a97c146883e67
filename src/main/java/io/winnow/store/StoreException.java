package io.winnow.store;

import org.jdbi.v3.core.ConnectionException;
import org.sqlite.SQLiteException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * A store operation failed. The message names the operation and the database's error code, never the contents of
 * an alert or analysis. {@link #retriable()} tells whether trying the same call again may succeed: true for lost
 * connections, a busy or locked database, timeouts and serialisation conflicts; false for constraint violations,
 * unreadable stored data and other problems that a retry would only repeat.
 */
public final class StoreException extends RuntimeException {
    private final boolean retriable;

    public StoreException(String message, boolean retriable, Throwable cause) {
        super(message, cause);
        this.retriable = retriable;
    }

    public StoreException(String message, boolean retriable) {
        this(message, retriable, null);
    }

    /** Whether the same call may succeed if tried again later. */
    public boolean retriable() {
        return retriable;
    }

    /**
     * Wraps a database failure. The cause is kept for the stack trace: the statement rendering of JDBI is switched
     * off and PostgreSQL's row details are suppressed where the connections are made, so it carries no bound values.
     */
    static StoreException of(String operation, Throwable failure) {
        SQLException sql = sqlCause(failure);
        if (sql == null) {
            boolean connection = failure instanceof ConnectionException;
            return new StoreException(operation + " failed (" + failure.getClass().getSimpleName() + ")",
                    connection, failure);
        }
        return new StoreException(operation + " failed (" + describe(sql) + ")", isRetriable(sql), failure);
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String describe(SQLException sql) {
        if (sql instanceof SQLiteException lite) {
            return lite.getResultCode().name();
        }
        String state = sql.getSQLState();
        return state == null ? sql.getClass().getSimpleName() + ", code " + sql.getErrorCode() : "SQLState " + state;
    }

    static boolean isRetriable(SQLException sql) {
        if (sql instanceof SQLTransientException || sql instanceof SQLRecoverableException) {
            return true;
        }
        if (sql instanceof SQLiteException lite) {
            String code = lite.getResultCode().name();
            return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
        }
        String state = sql.getSQLState();
        if (state == null || state.length() < 2) {
            return false;
        }
        // SQLSTATE classes: 08 connection, 40 rollback (serialisation, deadlock), 53 insufficient resources,
        // 57 operator intervention (shutdown, cancelled statement).
        return switch (state.substring(0, 2)) {
            case "08", "40", "53", "57" -> true;
            default -> false;
        };
    }
}
