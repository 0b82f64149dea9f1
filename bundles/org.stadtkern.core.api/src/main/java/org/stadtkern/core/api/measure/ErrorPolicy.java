package org.stadtkern.core.api.measure;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import org.apache.camel.builder.RouteBuilder;
import org.stadtkern.core.api.DeadLetters;

/**
 * How every Stadtkern route fails, in two kinds:
 * <ul>
 * <li><b>bad input</b> (any exception but the two below: malformed JSON, unknown sensor, a value
 * out of range) is recorded in the dead-letter store with the reason, and the message is
 * acknowledged: sending it again would not help;</li>
 * <li><b>a failure of the runtime itself</b> ({@link #runtimeFailure}: an {@link Unavailable}, or an
 * {@link SQLException} saying the database is down, full or out of connections) is not handled: the exchange
 * fails, an MQTT message stays unacknowledged, and the core reconnects the route once the
 * database answers again, so that the broker delivers it again. Nothing acknowledged is lost and
 * nothing the sender did right lands among the dead letters.</li>
 * </ul>
 * In a {@link RouteBuilder#configure()}: {@code ErrorPolicy.apply(this);} before the routes.
 */
public final class ErrorPolicy {

    private static final java.util.Set<String> H2_UNAVAILABLE = java.util.Set.of("90028", "90031", "90098",
            "90100", "90121", "90135", "50000");

    private ErrorPolicy() {
    }

    /** Applies the policy to every route of the builder. */
    public static void apply(RouteBuilder routes) {
        // Exception.class, not the exceptions themselves: Camel resolves exception classes by name with its own
        // class loader, which does not see Unavailable in this bundle
        routes.onException(Exception.class).onWhen(exchange -> runtimeFailure(exchange.getException()))
                .handled(false);
        // a dead letter that cannot be written (database down) leaves the message unacknowledged as well
        routes.errorHandler(routes.deadLetterChannel(DeadLetters.ENDPOINT).deadLetterHandleNewException(false)
                .useOriginalMessage().logExhausted(false));
    }

    /**
     * Whether a failure is the runtime's own, not the input's: an {@link Unavailable} in its causes, or an
     * {@link SQLException} that says the database cannot work now (transient or recoverable, a lost or
     * refused connection, SQLState class 08; insufficient resources such as a full disk, 53; operator
     * intervention such as a shutdown, 57; a system or I/O error, 58; or none at all). An SQLException
     * about the data (a value too long, a constraint violated, class 22 or 23) is the input's: it is
     * dead-lettered instead of being delivered again forever.
     */
    public static boolean runtimeFailure(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof Unavailable) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException failure) {
        if (failure instanceof SQLTransientException || failure instanceof SQLRecoverableException
                || failure instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = failure.getSQLState();
        if (state == null || state.length() < 2) {
            // a wrapper without a state of its own: its cause decides, and without one it is the runtime's
            return failure.getCause() == null;
        }
        return switch (state.substring(0, 2)) {
            case "08", "53", "57", "58" -> true;
            // H2's own codes: I/O error, database closed, no disk space, shut down, exclusive mode, general error
            default -> H2_UNAVAILABLE.contains(state);
        };
    }
}
