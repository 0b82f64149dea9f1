package org.stadtkern.sovereignty.internal.command;

import static org.stadtkern.core.api.console.MeasureCommand.ready;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.sovereignty.internal.identity.Grants;
import org.stadtkern.sovereignty.internal.identity.Grants.Grant;

/** {@code sovereignty:grants}: every grant of personal data. */
@Command(scope = "sovereignty", name = "grants", description = "Lists the grants of personal data.")
@Service
public class GrantsCommand implements Action {

    @Reference(optional = true)
    Grants grants;

    @Override
    public Object execute() throws Exception {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Tenant", "User", "Dataset", "Purpose", "Granted by", "Granted",
            "Expires"}) {
            table.column(column);
        }
        for (Grant grant : ready(grants).list(null)) {
            table.addRow().addContent(grant.id(), grant.tenant(), grant.user(), grant.dataset(), grant.purpose(),
                    grant.grantedBy(), grant.grantedAt(), grant.expiresAt() == null ? "-" : grant.expiresAt());
        }
        table.print(System.out);
        return null;
    }
}
