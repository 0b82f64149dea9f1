package org.stadtkern.sensorthings.internal.store;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.stadtkern.sensorthings.internal.query.QueryException;

/** Waiting for a group-committed Observation: its id, or the reason it was refused. */
public final class Ingests {

    private Ingests() {
    }

    public static long await(CompletableFuture<Long> id) throws QueryException, SQLException {
        try {
            return id.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof QueryException refused) {
                throw refused;
            }
            throw new SQLException("The Observation could not be stored", e.getCause());
        } catch (TimeoutException e) {
            throw new SQLException("The Observation was not stored within 60 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while storing the Observation", e);
        }
    }
}
