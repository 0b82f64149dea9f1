package org.stadtkern.hinweg.internal.load;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loads of the vehicles of one tenant: one {@link TripLoad} per vehicle and trip, and each
 * vehicle's state after its latest counted stop. Thread-safe; the caller rebuilds a trip from the
 * stored events once ({@link #hasTrip}, {@link #replay}) before it counts new ones.
 */
public final class LoadBook {

    private final Occupancy occupancy;
    private final Map<String, TripLoad> trips = new ConcurrentHashMap<>();
    private final Map<String, VehicleState> vehicles = new ConcurrentHashMap<>();

    public LoadBook(Occupancy occupancy) {
        this.occupancy = occupancy;
    }

    private static String key(String vehicle, String trip) {
        return vehicle + '\u0000' + trip;
    }

    public boolean hasTrip(String vehicle, String trip) {
        return trips.containsKey(key(vehicle, trip));
    }

    /** Counts a stored event again (after a restart) without publishing anything. */
    public synchronized void replay(DoorEvent event, int stopSequence, int lastStopSequence) {
        tripLoad(event, lastStopSequence).add(event.sensor() + '@' + event.time(), stopSequence, event.stop(),
                event.boardings(), event.alightings());
    }

    /**
     * Counts a new event and returns the vehicle's state after it.
     *
     * @param route the trip's route
     * @param capacity the vehicle's capacity, if known
     */
    public synchronized VehicleState count(DoorEvent event, int stopSequence, int lastStopSequence, String route,
            Optional<Capacity> capacity) {
        TripLoad trip = tripLoad(event, lastStopSequence);
        trip.add(event.sensor() + '@' + event.time(), stopSequence, event.stop(), event.boardings(),
                event.alightings());
        List<TripLoad.StopLoad> loads = trip.loads();
        TripLoad.StopLoad latest = loads.get(loads.size() - 1);
        int load = latest.load();
        VehicleState previous = vehicles.get(event.vehicle());
        boolean sameTrip = previous != null && previous.trip().equals(event.trip());
        if (previous != null && !sameTrip && previous.at().isAfter(event.time())) {
            // a late event of an earlier trip: the vehicle has moved on
            return previous;
        }
        Instant at = sameTrip && previous.at().isAfter(event.time()) ? previous.at() : event.time();
        VehicleState state = new VehicleState(event.vehicle(), event.trip(), route, latest.stopId(),
                latest.stopSequence(), load, capacity.map(c -> occupancy.level(load, c)).orElse(null),
                capacity.map(c -> occupancy.percentage(load, c)).orElse(null), at, trip.ended());
        vehicles.put(event.vehicle(), state);
        return state;
    }

    private TripLoad tripLoad(DoorEvent event, int lastStopSequence) {
        return trips.computeIfAbsent(key(event.vehicle(), event.trip()), k -> new TripLoad(lastStopSequence));
    }

    /** The state of every vehicle counted since the start. */
    public Collection<VehicleState> vehicles() {
        return List.copyOf(vehicles.values());
    }

    public Optional<VehicleState> vehicle(String vehicle) {
        return Optional.ofNullable(vehicles.get(vehicle));
    }
}
