package org.stadtkern.core.api.measure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

/** Which failures are the runtime's (never acknowledged) and which the input's (dead-lettered). */
class ErrorPolicyTest {

    @Test
    void theDatabaseBeingDownFullOrBusyIsTheRuntimes() {
        assertTrue(ErrorPolicy.runtimeFailure(new SQLTransientConnectionException("pool: connection not available")));
        assertTrue(ErrorPolicy.runtimeFailure(new SQLNonTransientConnectionException("Database is already closed")));
        assertTrue(ErrorPolicy.runtimeFailure(new SQLException("could not write block", "58030")));
        assertTrue(ErrorPolicy.runtimeFailure(new SQLException("No space left on device", "53100")));
        assertTrue(ErrorPolicy.runtimeFailure(new SQLException("terminating connection", "57P01")));
        assertTrue(ErrorPolicy.runtimeFailure(new SQLException("No disk space available", "90100")));
        // what H2 throws when a write to a full disk fails (and then closes the database)
        assertTrue(ErrorPolicy.runtimeFailure(new SQLException("General error: \"org.h2.mvstore.MVStoreException: "
                + "Writing to sun.nio.ch.FileChannelImpl@1a54e1fe failed; length 24576 at 5435392\"", "HY000", 50000)));
        assertTrue(ErrorPolicy.runtimeFailure(new SQLException("could not read block", "XX001")));
        assertTrue(ErrorPolicy.runtimeFailure(new Unavailable("queue full")));
        assertTrue(ErrorPolicy.runtimeFailure(new CompletionException(new SQLException("wrapped", new
                SQLTransientConnectionException("timeout")))), "found in the cause chain");
        assertTrue(ErrorPolicy.runtimeFailure(new SQLException("no state, no cause")));
    }

    @Test
    void badDataIsTheInputs() {
        assertFalse(ErrorPolicy.runtimeFailure(new IllegalArgumentException("unknown sensor")));
        assertFalse(ErrorPolicy.runtimeFailure(new IOException("not JSON")));
        assertFalse(ErrorPolicy.runtimeFailure(new SQLDataException("value too long", "22001")));
        assertFalse(ErrorPolicy.runtimeFailure(new SQLIntegrityConstraintViolationException("duplicate", "23505")));
        assertFalse(ErrorPolicy.runtimeFailure(new SQLException("stored?", new IllegalArgumentException("no"))));
        assertFalse(ErrorPolicy.runtimeFailure(null));
    }
}
