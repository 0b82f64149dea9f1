package org.stadtkern.core.api.access;

/**
 * Access refused: {@link #status()} is 401 (no or wrong credentials) or 403 (known caller without
 * the right); the message says what is missing, never what exists.
 */
public final class Denied extends Exception {

    private static final long serialVersionUID = 1L;
    private final int status;

    public Denied(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
