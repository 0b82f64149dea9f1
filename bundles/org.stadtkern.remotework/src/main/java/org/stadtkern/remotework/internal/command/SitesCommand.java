package org.stadtkern.remotework.internal.command;

import java.time.Instant;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.core.api.console.MeasureCommand;
import org.stadtkern.remotework.internal.store.Occupancy;
import org.stadtkern.remotework.internal.store.SiteRow;
import org.stadtkern.remotework.internal.store.Sites;

/** {@code remotework:sites [--tenant T]}: the tenant's sites with their spaces and whether they are open now. */
@Command(scope = "remotework", name = "sites", description = "Lists the remote work sites.")
@Service
public class SitesCommand extends MeasureCommand {

    @Reference(optional = true)
    Sites sites;

    @Reference(optional = true)
    Occupancy occupancy;

    @Override
    protected Object run() throws Exception {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Name", "Kind", "Address", "Spaces", "Open now"}) {
            table.column(column);
        }
        for (SiteRow site : ready(sites).list(tenant())) {
            Occupancy.Live live = ready(occupancy).live(site, Instant.now());
            table.addRow().addContent(site.id(), site.site().name(), site.site().kind(), site.site().address()
                    .street() + ", " + site.site().address().city(), live.spaces(), live.open() ? "yes" : "no");
        }
        table.print(System.out);
        return null;
    }
}
