package org.stadtkern.sensorthings.internal.query;

/** A request URL, query option or body the service cannot accept; reported as 400 with the message. */
public final class QueryException extends Exception {

    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message, null, false, false);
    }
}
