package org.stadtkern.remotework.internal.command;

import java.time.Instant;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.core.api.console.MeasureCommand;
import org.stadtkern.remotework.internal.store.Occupancy;
import org.stadtkern.remotework.internal.store.SiteRow;
import org.stadtkern.remotework.internal.store.Sites;

/**
 * {@code remotework:occupancy [site] [--tenant T]}: free, booked and busy spaces of every site now, or of
 * each space of one site.
 */
@Command(scope = "remotework", name = "occupancy", description = "Shows the live occupancy of the sites, or of "
        + "the spaces of one site.")
@Service
public class OccupancyCommand extends MeasureCommand {

    @Argument(name = "site", description = "Show the spaces of this site")
    @Completion(SiteCompleter.class)
    String site;

    @Reference(optional = true)
    Sites sites;

    @Reference(optional = true)
    Occupancy occupancy;

    @Override
    protected Object run() throws Exception {
        Instant now = Instant.now();
        ShellTable table = new ShellTable();
        if (site != null) {
            SiteRow row = ready(sites).find(tenant(), site).orElseThrow(() -> fail("No site '" + site + "'."));
            table.column("Space");
            table.column("Status");
            table.column("Sensor");
            for (Occupancy.SpaceStatus status : ready(occupancy).live(row, now).statuses()) {
                table.addRow().addContent(status.space(), status.status(), status.sensor() ? "yes" : "no");
            }
        } else {
            for (String column : List.of("Site", "Open", "Spaces", "Free", "Booked", "Busy")) {
                table.column(column);
            }
            for (SiteRow row : ready(sites).list(tenant())) {
                Occupancy.Live live = ready(occupancy).live(row, now);
                table.addRow().addContent(row.id(), live.open() ? "yes" : "no", live.spaces(), live.free(),
                        live.booked(), live.busy());
            }
        }
        table.print(System.out);
        return null;
    }
}
