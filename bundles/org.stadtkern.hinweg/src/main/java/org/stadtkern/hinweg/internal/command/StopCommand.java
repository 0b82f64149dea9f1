package org.stadtkern.hinweg.internal.command;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.core.api.console.MeasureCommand;
import org.stadtkern.hinweg.internal.gtfs.GtfsFeed;
import org.stadtkern.hinweg.internal.ingest.DoorEvents;
import org.stadtkern.hinweg.internal.load.VehicleState;
import org.stadtkern.hinweg.internal.store.NetworkStore;

/** {@code hinweg:stop [--from HH:MM] <id>}: a stop's next departures and the occupancy of their vehicles. */
@Command(scope = "hinweg", name = "stop", description = "Shows a stop's next departures with the occupancy of the "
        + "vehicle on each trip.")
@Service
public class StopCommand extends MeasureCommand {

    @Reference(optional = true)
    NetworkStore network;

    @Reference(optional = true)
    DoorEvents events;

    @Option(name = "--from", description = "From this time of day (HH:MM) on; default now")
    String from;

    @Argument(index = 0, name = "stop", required = true, description = "The GTFS stop_id")
    @Completion(StopIdCompleter.class)
    String stop;

    @Override
    protected Object run() throws Exception {
        int seconds;
        try {
            seconds = from == null ? LocalTime.now(ready(network).zone(tenant())).toSecondOfDay()
                    : LocalTime.parse(from).toSecondOfDay();
        } catch (DateTimeParseException e) {
            throw fail("--from must be a time of day such as 07:30.");
        }
        GtfsFeed.Stop found = ready(network).stop(tenant(), stop).orElse(null);
        if (found == null) {
            throw fail("No stop '" + stop + "' in the network (hinweg:import-gtfs).");
        }
        System.out.println(found.name() + " (" + found.id() + ")");
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Time", "Route", "Headsign", "Trip", "Vehicle", "Occupancy", "%"}) {
            table.column(column);
        }
        for (NetworkStore.Departure departure : ready(network).departures(tenant(), stop,
                java.time.LocalDate.now(ready(network).zone(tenant())), seconds, 10)) {
            VehicleState vehicle = ready(events).onTrip(departure.tripId()).orElse(null);
            table.addRow().addContent(departure.time(), departure.routeName(), departure.headsign(),
                    departure.tripId(), vehicle == null ? "" : vehicle.vehicle(),
                    vehicle == null || vehicle.level() == null ? "no data" : vehicle.level(),
                    vehicle == null || vehicle.percentage() == null ? "" : vehicle.percentage());
        }
        table.print(System.out);
        return null;
    }
}
