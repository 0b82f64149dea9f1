package org.stadtkern.hinweg.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.core.api.console.MeasureCommand;
import org.stadtkern.hinweg.internal.ingest.DoorEvents;
import org.stadtkern.hinweg.internal.load.VehicleState;

/** {@code hinweg:vehicles}: each counted vehicle's trip, latest stop, load and occupancy. */
@Command(scope = "hinweg", name = "vehicles", description = "Shows each counted vehicle: trip, latest stop, load, "
        + "occupancy.")
@Service
public class VehiclesCommand extends MeasureCommand {

    @Reference(optional = true)
    DoorEvents events;

    @Override
    protected Object run() {
        if (!tenant().equals(ready(events).tenant())) {
            throw fail("Hin & Weg counts the vehicles of the tenant " + ready(events).tenant() + ".");
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Vehicle", "Trip", "Route", "Stop", "Seq", "Load", "Occupancy", "%", "At"}) {
            table.column(column);
        }
        for (VehicleState state : ready(events).vehicles()) {
            table.addRow().addContent(state.vehicle(), state.trip(), state.route(), state.stop(), state.stopSequence(),
                    state.load(), state.level() == null ? "no capacity" : state.level(),
                    state.percentage() == null ? "" : state.percentage(), state.at());
        }
        table.print(System.out);
        return null;
    }
}
