package org.stadtkern.hinweg.internal.gtfs;

import java.util.List;
import java.util.Map;

import org.stadtkern.hinweg.internal.load.Capacity;

/**
 * The parts of a GTFS static feed Hin &amp; Weg uses: stops, routes, trips and their stop times, and
 * the capacities of GTFS-ride's trip_capacity.txt where the feed has it.
 */
public record GtfsFeed(List<Stop> stops, List<Route> routes, List<Trip> trips, List<StopTime> stopTimes,
        Map<String, Capacity> tripCapacities) {

    /** A stop or station (WGS 84). */
    public record Stop(String id, String name, double latitude, double longitude) {
    }

    /** A route, with its GTFS route_type. */
    public record Route(String id, String shortName, String longName, int type) {
    }

    /** A trip of a route on a service. */
    public record Trip(String id, String routeId, String serviceId, String headsign) {
    }

    /**
     * A stop of a trip; times in seconds after noon minus 12 h of the service day (they may exceed
     * 24 h), {@code null} where the feed leaves them empty (between timepoints).
     */
    public record StopTime(String tripId, int stopSequence, String stopId, Integer arrival, Integer departure) {
    }

    public GtfsFeed {
        stops = List.copyOf(stops);
        routes = List.copyOf(routes);
        trips = List.copyOf(trips);
        stopTimes = List.copyOf(stopTimes);
        tripCapacities = Map.copyOf(tripCapacities);
    }
}
