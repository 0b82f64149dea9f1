package org.stadtkern.hinweg.internal.gtfs;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.stadtkern.hinweg.internal.load.Capacity;

/**
 * The parts of a GTFS static feed Hin &amp; Weg uses: stops, routes, trips and their stop times, the
 * service calendar, the capacities of GTFS-ride's trip_capacity.txt where the feed has it, and the
 * agencies' time zone ({@code null} without agency.txt).
 */
public record GtfsFeed(List<Stop> stops, List<Route> routes, List<Trip> trips, List<StopTime> stopTimes,
        List<Service> services, List<ServiceDate> serviceDates, Map<String, Capacity> tripCapacities,
        ZoneId timezone) {

    /**
     * A service of calendar.txt: the weekdays it runs ({@code days}: seven characters 0 or 1, Monday
     * first) from {@code start} to {@code end} (inclusive).
     */
    public record Service(String id, String days, LocalDate start, LocalDate end) {
    }

    /** A date of calendar_dates.txt on which a service is added (true) or removed (false). */
    public record ServiceDate(String serviceId, LocalDate date, boolean added) {
    }

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
        services = List.copyOf(services);
        serviceDates = List.copyOf(serviceDates);
        tripCapacities = Map.copyOf(tripCapacities);
    }
}
