package org.stadtkern.hinweg.internal.command;

import java.util.Map;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.stadtkern.core.api.console.MeasureCommand;
import org.stadtkern.hinweg.internal.ingest.DoorEvents;
import org.stadtkern.hinweg.internal.store.CountingSensor;
import org.stadtkern.hinweg.internal.store.DoorEventStore;
import org.stadtkern.hinweg.internal.store.FleetStore;
import org.stadtkern.hinweg.internal.store.NetworkStore;

/** {@code hinweg:status}: the network, the counting sensors, the stored counts, the vehicles on the way. */
@Command(scope = "hinweg", name = "status", description = "Shows the imported network, the counting sensors, "
        + "the stored door events and the vehicles counted since the start.")
@Service
public class StatusCommand extends MeasureCommand {

    @Reference(optional = true)
    NetworkStore network;

    @Reference(optional = true)
    FleetStore fleet;

    @Reference(optional = true)
    DoorEventStore events;

    @Reference(optional = true)
    DoorEvents counting;

    @Override
    protected Object run() throws Exception {
        String tenant = tenant();
        NetworkStore.Imported size = ready(network).size(tenant);
        System.out.println("Network:      " + size.stops() + " stops, " + size.routes() + " routes, " + size.trips()
                + " trips, " + size.stopTimes() + " stop times, " + size.capacities() + " trip capacities");
        var sensors = ready(fleet).sensors(tenant, null);
        long active = sensors.stream().filter(s -> s.status() == CountingSensor.Status.ACTIVE).count();
        System.out.println("Sensors:      " + sensors.size() + " (" + active + " active)");
        Map.Entry<Long, java.time.Instant> stored = ready(events).summary(tenant);
        System.out.println("Door events:  " + stored.getKey() + " stored" + (stored.getValue() == null ? ""
                : ", newest " + stored.getValue()));
        var vehicles = ready(counting).vehicles();
        System.out.println("Vehicles:     " + vehicles.size() + " counted since the start, "
                + vehicles.stream().filter(v -> !v.ended()).count() + " on a trip");
        return null;
    }
}
