package org.stadtkern.core.api.measure;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.stadtkern.core.api.DeadLetters;

/**
 * How every Stadtkern route fails, in two kinds:
 * <ul>
 * <li><b>bad input</b> (any exception but the ones below: malformed JSON, unknown sensor, a value
 * out of range) is recorded in the dead-letter store with the reason, and the message is
 * acknowledged: sending it again would not help;</li>
 * <li><b>a failure of the runtime itself</b> ({@link #runtimeFailure}: an {@link Unavailable}, or an
 * {@link SQLException} saying the database is down, full or out of connections) is retried in place,
 * after 1, 2, 4 ... up to 10 seconds, for as long as it lasts: the message is not acknowledged
 * meanwhile (the broker keeps it and everything behind it, and delivers it again if the runtime
 * stops), and it is stored once the database answers. Nothing acknowledged is lost and nothing the
 * sender did right lands among the dead letters.</li>
 * </ul>
 * In a {@link RouteBuilder#configure()}: {@code ErrorPolicy.apply(this);} before the routes.
 */
public final class ErrorPolicy {

    private static final java.util.Set<String> H2_UNAVAILABLE = java.util.Set.of("90028", "90031", "90098",
            "90100", "90121", "90135");

    private ErrorPolicy() {
    }

    /** Applies the policy to every route of the builder. */
    public static void apply(RouteBuilder routes) {
        retryRuntimeFailures(routes);
        // a dead letter that cannot be written leaves the message unacknowledged (the dead-letter route retries)
        // (and a route that stops gives up retrying: the message stays with the broker)
        routes.errorHandler(routes.deadLetterChannel(DeadLetters.ENDPOINT).deadLetterHandleNewException(false)
                .useOriginalMessage().logExhausted(false).allowRedeliveryWhileStopping(false));
    }

    /**
     * Only the second half of the policy, for routes that have no dead letters (the dead-letter store's
     * own route): a failure of the runtime is retried in place until the database answers.
     */
    public static void retryRuntimeFailures(RouteBuilder routes) {
        routes.errorHandler(routes.defaultErrorHandler().allowRedeliveryWhileStopping(false));
        // Exception.class with a predicate, not the exception classes: Camel resolves exception classes by name
        // with its own class loader, which does not see Unavailable
        routes.onException(Exception.class).onWhen(exchange -> runtimeFailure(failure(exchange)))
                .maximumRedeliveries(-1).redeliveryDelay(1000).useExponentialBackOff().backOffMultiplier(2)
                .maximumRedeliveryDelay(10_000).asyncDelayedRedelivery()
                .retryAttemptedLogLevel(LoggingLevel.DEBUG).logRetryStackTrace(false)
                .handled(false)
                // a step of its own: without one, a route stopped while retrying would hand the message to the
                // dead letters (and acknowledge it); with it the exchange fails and the message stays with the broker
                .process(exchange -> { });
    }

    private static Throwable failure(Exchange exchange) {
        Throwable failure = exchange.getException();
        return failure != null ? failure : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }

    /**
     * Whether a failure is the runtime's own, not the input's: an {@link Unavailable} in its causes, or an
     * {@link SQLException} that says the database cannot work now (transient or recoverable, a lost or
     * refused connection, SQLState class 08; insufficient resources such as a full disk, 53; operator
     * intervention such as a shutdown, 57; a system or I/O error, 58; a general or internal error of the
     * database, HY and XX; or none at all). An SQLException
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
            // general and internal errors of the database itself: H2's "General error" (HY000, such as a
            // write to a full disk that failed), PostgreSQL's internal_error class (XX)
            case "08", "53", "57", "58", "HY", "XX" -> true;
            // H2's own codes: I/O error, database closed, no disk space, shut down, exclusive mode
            default -> H2_UNAVAILABLE.contains(state);
        };
    }
}
