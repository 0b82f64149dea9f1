package org.stadtkern.sensorthings.internal.store;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.query.QueryException;

/** Waiting for a group-committed Observation: its id, or the reason it was refused. */
public final class Ingests {

    private Ingests() {
    }

    /** The failure of a create as the caller reports it: a QueryException (400) or an SQLException. */
    public static Exception failure(Throwable cause) {
        Throwable unwrapped = cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null
                ? cause.getCause() : cause;
        if (unwrapped instanceof QueryException refused) {
            return refused;
        }
        return new SQLException("The Observation could not be stored", unwrapped);
    }

    public static Entity await(CompletableFuture<Entity> id) throws QueryException, SQLException {
        try {
            return id.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Exception failure = failure(e.getCause());
            if (failure instanceof QueryException refused) {
                throw refused;
            }
            throw (SQLException) failure;
        } catch (TimeoutException e) {
            throw new SQLException("The Observation was not stored within 60 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while storing the Observation", e);
        }
    }
}
