package org.stadtkern.core.api.console;

/**
 * A console command's failure, with the reason for the person at the console: thrown from a
 * command, the shell prints it as an error, and {@code ssh ... command} exits with status 1.
 */
public final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandFailure(String reason) {
        super(reason, null, false, false);
    }
}
