package org.stadtkern.sovereignty.internal.command;

import static org.stadtkern.core.api.console.MeasureCommand.ready;

import java.time.Instant;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.stadtkern.sovereignty.internal.Settings;
import org.stadtkern.sovereignty.internal.identity.Grants;

/** {@code sovereignty:grant <user> <dataset> <purpose> [--until <time>]}: lets a user read personal data. */
@Command(scope = "sovereignty", name = "grant", description = "Grants a user the reading of a personal dataset "
        + "for a purpose.")
@Service
public class GrantCommand extends AuditedCommand {

    @Reference(optional = true)
    Grants grants;

    @Reference(optional = true)
    Settings settings;

    @Argument(index = 0, name = "user", required = true)
    String user;

    @Argument(index = 1, name = "dataset", required = true)
    @Completion(DatasetNameCompleter.class)
    String dataset;

    @Argument(index = 2, name = "purpose", required = true)
    String purpose;

    @Option(name = "--until", description = "ISO 8601 instant the grant ends, e.g. 2027-06-30T00:00:00Z")
    String until;

    @Override
    protected Object run() throws Exception {
        if (!ready(settings).purposes().contains(purpose)) {
            throw fail("'" + purpose + "' is not a declared purpose " + ready(settings).purposes() + ".");
        }
        Instant end;
        try {
            end = until == null ? null : Instant.parse(until);
        } catch (java.time.format.DateTimeParseException e) {
            throw fail("--until must be an ISO 8601 instant such as 2027-06-30T00:00:00Z.");
        }
        String owner = tenant();
        long id = ready(grants).add(owner, user, dataset, purpose, actor(), Instant.now(), end);
        record("grant", dataset, purpose, "grant " + id + " to " + user
                + (end == null ? "" : " until " + end));
        System.out.println("Grant " + id + ": " + user + " may read " + dataset + " for " + purpose
                + (end == null ? "" : " until " + end) + ".");
        return null;
    }
}
