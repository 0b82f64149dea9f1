package org.stadtkern.core.api.measure;

/**
 * The runtime cannot take the input now (its database is down or full, a queue is full, the store
 * is stopping): not the sender's fault. Throw it, or let an {@link java.sql.SQLException} through,
 * and {@link ErrorPolicy} leaves the message unacknowledged, so that the broker delivers it again
 * after recovery instead of it being dead-lettered.
 */
public class Unavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Unavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public Unavailable(String message) {
        super(message);
    }
}
