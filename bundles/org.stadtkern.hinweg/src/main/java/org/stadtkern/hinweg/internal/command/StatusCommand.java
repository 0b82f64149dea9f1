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

    @Reference
    NetworkStore network;

    @Reference
    FleetStore fleet;

    @Reference
    DoorEventStore events;

    @Reference
    DoorEvents counting;

    @Override
    protected Object run() throws Exception {
        String tenant = tenant();
        NetworkStore.Imported size = network.size(tenant);
        System.out.println("Network:      " + size.stops() + " stops, " + size.routes() + " routes, " + size.trips()
                + " trips, " + size.stopTimes() + " stop times, " + size.capacities() + " trip capacities");
        long active = fleet.sensors(tenant, null).stream().filter(s -> s.status() == CountingSensor.Status.ACTIVE)
                .count();
        System.out.println("Sensors:      " + fleet.sensors(tenant, null).size() + " (" + active + " active)");
        Map.Entry<Long, java.time.Instant> stored = events.summary(tenant);
        System.out.println("Door events:  " + stored.getKey() + " stored" + (stored.getValue() == null ? ""
                : ", newest " + stored.getValue()));
        System.out.println("Vehicles:     " + counting.vehicles().size() + " counted since the start, "
                + counting.vehicles().stream().filter(v -> !v.ended()).count() + " on a trip");
        return null;
    }
}
