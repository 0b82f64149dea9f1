package org.stadtkern.hinweg.internal.gtfs;

/** A feed Hin &amp; Weg cannot use, with the reason (file and line where there is one). */
public class GtfsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public GtfsException(String message) {
        super(message);
    }
}
