package org.stadtkern.core.api.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.stadtkern.core.api.Tenancy;

/**
 * Base of a measure's console commands ({@code @Command} and {@code @Service} on the subclass, its
 * package in the bundle's {@code Karaf-Commands} header): the {@code --tenant} option, the console
 * user, and failures that the shell reports as errors. A command that cannot do what it was asked
 * throws {@link #fail(String)}: the console prints the reason; {@code ssh ... command} prints it and
 * exits with status 1, so that scripts notice. Its services are optional references reached
 * through {@link #ready(Object)}, so that the command stays registered while they restart.
 */
public abstract class MeasureCommand implements Action {

    /** Optional, as every service a command uses: the command stays registered while its services restart. */
    @Reference(optional = true)
    Tenancy tenancy;

    @Reference(optional = true)
    Session session;

    @Option(name = "--tenant", description = "The tenant whose data the command concerns (default: the "
            + "runtime's default tenant)")
    String tenant;

    /** What the command does; what it returns is printed. */
    protected abstract Object run() throws Exception;

    /**
     * Runs the command. Called as {@code ssh -p 8101 karaf@host command} (what scripts do), it behaves
     * like a tool for scripts: what it returns is printed (Karaf's SSH server would drop it), a failure
     * prints {@code Error: <reason>} without colours and the exit status is 1. In the console a failure
     * is thrown, and the shell prints it.
     */
    @Override
    public final Object execute() throws Exception {
        boolean remote = remote();
        try {
            Object result = run();
            if (result != null && remote) {
                System.out.println(result);
                return null;
            }
            return result;
        } catch (CommandFailure failure) {
            if (!remote) {
                throw failure;
            }
            // standard output, not standard error: Karaf's SSH server closes the channel without flushing
            // standard error (SSHD-640), so what a command writes there is lost
            System.out.println("Error: " + failure.getMessage());
            // the result of a command run over SSH that is a number is the exit status of ssh
            return 1;
        }
    }

    /** Run over SSH as a single command (an exec request: no terminal, but the SSH user). */
    private boolean remote() {
        return session != null && session.getTerminal() == null && session.get("USER") != null;
    }

    /** The tenant the command works on: {@code --tenant}, or the runtime's default tenant. */
    protected final String tenant() {
        return tenant == null || tenant.isBlank() ? ready(tenancy).defaultTenant() : tenant;
    }

    /** Whether {@code --tenant} was given (else {@link #tenant()} is the default tenant). */
    protected final boolean tenantGiven() {
        return tenant != null && !tenant.isBlank();
    }

    /** Who works at the console, as audit records name it: {@code console:<user>}. */
    protected final String actor() {
        Object user = session == null ? null : session.get("USER");
        return "console:" + (user == null ? "karaf" : user);
    }

    /**
     * The service, or a failure saying that it is restarting. Declare a command's services
     * {@code @Reference(optional = true)} and reach them through this: a required reference makes
     * Karaf withdraw the command while the service restarts (after a change of configuration), and
     * the console then answers "Command not found".
     */
    public static <T> T ready(T service) {
        if (service == null) {
            throw fail("The runtime is restarting a service this command needs (a change of configuration);"
                    + " try again in a few seconds.");
        }
        return service;
    }

    /** A failure to throw: the console prints the message as an error and a remote call exits 1. */
    protected static CommandFailure fail(String message) {
        return new CommandFailure(message);
    }
}
