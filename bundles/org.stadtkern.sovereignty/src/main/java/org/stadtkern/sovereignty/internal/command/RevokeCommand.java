package org.stadtkern.sovereignty.internal.command;

import static org.stadtkern.core.api.console.MeasureCommand.ready;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.stadtkern.sovereignty.internal.identity.Grants;

/** {@code sovereignty:revoke [--tenant t] <id>}: ends a grant at once. */
@Command(scope = "sovereignty", name = "revoke", description = "Revokes a grant (ids from sovereignty:grants).")
@Service
public class RevokeCommand extends AuditedCommand {

    @Reference(optional = true)
    Grants grants;

    @Argument(index = 0, name = "id", required = true)
    long id;

    @Override
    protected Object run() throws Exception {
        String owner = tenant();
        if (!ready(grants).remove(owner, id)) {
            throw fail("No grant " + id + " of " + owner + ".");
        }
        record("revoke", null, null, "grant " + id + " revoked");
        System.out.println("Grant " + id + " revoked.");
        return null;
    }
}
