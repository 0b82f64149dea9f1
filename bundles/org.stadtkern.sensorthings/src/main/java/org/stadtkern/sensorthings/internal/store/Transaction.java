package org.stadtkern.sensorthings.internal.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.stadtkern.sensorthings.internal.query.QueryException;

/** Runs writes in one transaction: all of them are committed, or none. */
public final class Transaction {

    /** Writes to run together. */
    public interface Work {
        long run() throws SQLException, QueryException;
    }

    private Transaction() {
    }

    /** Runs {@code work}, commits and returns its result; rolls back when it fails. */
    public static long run(Connection connection, Work work) throws SQLException, QueryException {
        connection.setAutoCommit(false);
        try {
            long result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | QueryException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
