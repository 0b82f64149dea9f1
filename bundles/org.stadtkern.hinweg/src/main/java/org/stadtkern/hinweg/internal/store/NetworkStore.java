package org.stadtkern.hinweg.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.hinweg.internal.gtfs.GtfsFeed;
import org.stadtkern.hinweg.internal.load.Capacity;
import org.stadtkern.core.api.measure.Jdbc;

/** The tenant's network from its GTFS feed: replaced as a whole by an import. */
@Component(service = NetworkStore.class)
public final class NetworkStore {

    private static final String[] TABLES = {"hinweg_stop_times", "hinweg_trip_capacities", "hinweg_trips",
        "hinweg_routes", "hinweg_stops", "hinweg_services", "hinweg_service_dates", "hinweg_feeds"};
    private static final int DAY = 86_400;
    /**
     * Whether trip t runs on a date (parameters: the date four times, the weekday 1 to 7 once
     * after the third): a date added in calendar_dates.txt, or its calendar.txt weekday in the
     * validity and not removed; every day when the feed has no calendar.
     */
    private static final String RUNS = "(not exists (select 1 from hinweg_services c where c.tenant = t.tenant) "
            + "and not exists (select 1 from hinweg_service_dates d where d.tenant = t.tenant) "
            + "or exists (select 1 from hinweg_service_dates d where d.tenant = t.tenant and d.service_id = "
            + "t.service_id and d.service_date = ? and d.exception_type = 1) "
            + "or exists (select 1 from hinweg_services c where c.tenant = t.tenant and c.service_id = t.service_id "
            + "and c.start_date <= ? and c.end_date >= ? and substring(c.days, ?, 1) = '1') "
            + "and not exists (select 1 from hinweg_service_dates d where d.tenant = t.tenant and d.service_id = "
            + "t.service_id and d.service_date = ? and d.exception_type = 2))";

    private final Jdbc database;
    /** Trips and their stops as counting asks for them, per tenant and trip; cleared by an import. */
    private final Map<String, Optional<TripInfo>> trips = new ConcurrentHashMap<>();
    private final Map<String, List<Map.Entry<Integer, String>>> tripStops = new ConcurrentHashMap<>();
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    /** What an import stored. */
    public record Imported(int stops, int routes, int trips, int stopTimes, int capacities) {
    }

    /** A scheduled departure at a stop: seconds after midnight of the service day (may exceed 24 h). */
    public record Departure(String tripId, String routeId, String routeName, String headsign, int departure) {

        /** The departure as a time of day, HH:MM. */
        public String time() {
            return String.format("%02d:%02d", departure / 3600 % 24, departure / 60 % 60);
        }
    }

    /** How much of a network the tenant has: stops, routes, trips, stop times. */
    public Imported size(String tenant) throws SQLException {
        int[] counts = new int[5];
        String[] tables = {"hinweg_stops", "hinweg_routes", "hinweg_trips", "hinweg_stop_times",
            "hinweg_trip_capacities"};
        try (Connection connection = database.connection()) {
            for (int i = 0; i < tables.length; i++) {
                try (PreparedStatement count = connection.prepareStatement("select count(*) from " + tables[i]
                        + " where tenant = ?")) {
                    count.setString(1, tenant);
                    try (ResultSet row = count.executeQuery()) {
                        row.next();
                        counts[i] = row.getInt(1);
                    }
                }
            }
        }
        return new Imported(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /** A trip with its route. */
    public record TripInfo(String tripId, String routeId, String headsign) {
    }

    @Activate
    public NetworkStore(@Reference(target = HinwegSchema.TARGET) Jdbc database) {
        this.database = database;
    }

    /** Replaces the tenant's network with the feed, in one transaction. */
    public Imported replace(String tenant, GtfsFeed feed) throws SQLException {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                for (String table : TABLES) {
                    try (PreparedStatement delete = connection.prepareStatement("delete from " + table
                            + " where tenant = ?")) {
                        delete.setString(1, tenant);
                        delete.executeUpdate();
                    }
                }
                insert(connection, "insert into hinweg_stops values (?, ?, ?, ?, ?)", feed.stops(), (s, stop) -> {
                    s.setString(2, stop.id());
                    s.setString(3, stop.name());
                    s.setDouble(4, stop.latitude());
                    s.setDouble(5, stop.longitude());
                }, tenant);
                insert(connection, "insert into hinweg_routes values (?, ?, ?, ?, ?)", feed.routes(), (s, route) -> {
                    s.setString(2, route.id());
                    s.setString(3, route.shortName());
                    s.setString(4, route.longName());
                    s.setInt(5, route.type());
                }, tenant);
                insert(connection, "insert into hinweg_trips values (?, ?, ?, ?, ?)", feed.trips(), (s, trip) -> {
                    s.setString(2, trip.id());
                    s.setString(3, trip.routeId());
                    s.setString(4, trip.serviceId());
                    s.setString(5, trip.headsign());
                }, tenant);
                insert(connection, "insert into hinweg_stop_times values (?, ?, ?, ?, ?, ?)", feed.stopTimes(),
                        (s, time) -> {
                            s.setString(2, time.tripId());
                            s.setInt(3, time.stopSequence());
                            s.setString(4, time.stopId());
                            s.setObject(5, time.arrival(), Types.INTEGER);
                            s.setObject(6, time.departure(), Types.INTEGER);
                        }, tenant);
                insertCalendar(connection, feed, tenant);
                insert(connection, "insert into hinweg_feeds values (?, ?)", List.of(feed), (s, f) ->
                        s.setString(2, f.timezone() == null ? null : f.timezone().getId()), tenant);
                insert(connection, "insert into hinweg_trip_capacities values (?, ?, ?, ?, ?, ?)",
                        List.copyOf(feed.tripCapacities().entrySet()), (s, entry) -> {
                            s.setString(2, entry.getKey());
                            Capacities.bind(s, 3, entry.getValue());
                        }, tenant);
                connection.commit();
                trips.clear();
                tripStops.clear();
                zones.clear();
                return new Imported(feed.stops().size(), feed.routes().size(), feed.trips().size(),
                        feed.stopTimes().size(), feed.tripCapacities().size());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void insertCalendar(Connection connection, GtfsFeed feed, String tenant) throws SQLException {
        insert(connection, "insert into hinweg_services values (?, ?, ?, ?, ?)", feed.services(),
                (s, service) -> {
                    s.setString(2, service.id());
                    s.setString(3, service.days());
                    s.setObject(4, service.start());
                    s.setObject(5, service.end());
                }, tenant);
        insert(connection, "insert into hinweg_service_dates values (?, ?, ?, ?)", feed.serviceDates(),
                (s, date) -> {
                    s.setString(2, date.serviceId());
                    s.setObject(3, date.date());
                    s.setInt(4, date.added() ? 1 : 2);
                }, tenant);
    }

    private interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private static <T> void insert(Connection connection, String sql, List<T> rows, Binder<T> binder, String tenant)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int batch = 0;
            for (T row : rows) {
                insert.setString(1, tenant);
                binder.bind(insert, row);
                insert.addBatch();
                if (++batch % 5_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The trip and its route, if the network has it. */
    public Optional<TripInfo> trip(String tenant, String tripId) throws SQLException {
        String key = tenant + '\u0000' + tripId;
        Optional<TripInfo> cached = trips.get(key);
        if (cached == null) {
            cached = readTrip(tenant, tripId);
            if (trips.size() < 100_000) {
                trips.put(key, cached);
            }
        }
        return cached;
    }

    private Optional<TripInfo> readTrip(String tenant, String tripId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "select route_id, headsign from hinweg_trips where tenant = ? and trip_id = ?")) {
            select.setString(1, tenant);
            select.setString(2, tripId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new TripInfo(tripId, row.getString(1), row.getString(2)))
                        : Optional.empty();
            }
        }
    }

    /** The trip's stops in order, as stop_sequence to stop_id. */
    public List<Map.Entry<Integer, String>> stops(String tenant, String tripId) throws SQLException {
        String key = tenant + '\u0000' + tripId;
        List<Map.Entry<Integer, String>> cached = tripStops.get(key);
        if (cached == null) {
            cached = readStops(tenant, tripId);
            if (tripStops.size() < 100_000) {
                tripStops.put(key, cached);
            }
        }
        return cached;
    }

    private List<Map.Entry<Integer, String>> readStops(String tenant, String tripId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select stop_sequence, stop_id from "
                        + "hinweg_stop_times where tenant = ? and trip_id = ? order by stop_sequence")) {
            select.setString(1, tenant);
            select.setString(2, tripId);
            List<Map.Entry<Integer, String>> stops = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stops.add(Map.entry(rows.getInt(1), rows.getString(2)));
                }
            }
            return List.copyOf(stops);
        }
    }

    /**
     * The next departures at a stop on a service day from a time of day on (seconds after
     * midnight), earliest first, without trips that end at this stop: the trips that run that day by
     * the feed's calendar, and those of the
     * day before that leave after midnight (GTFS times past 24:00, given here as times of the day).
     */
    public List<Departure> departures(String tenant, String stopId, LocalDate date, int from, int limit)
            throws SQLException {
        List<Departure> departures = new ArrayList<>(departures(tenant, stopId, date, from, limit, 0));
        departures.addAll(departures(tenant, stopId, date.minusDays(1), from + DAY, limit, DAY));
        departures.sort(java.util.Comparator.comparingInt(Departure::departure).thenComparing(Departure::tripId));
        return List.copyOf(departures.subList(0, Math.min(limit, departures.size())));
    }

    private List<Departure> departures(String tenant, String stopId, LocalDate date, int from, int limit,
            int shift) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select t.trip_id, t.route_id, "
                        + "r.short_name, t.headsign, coalesce(st.departure, st.arrival) as leaves "
                        + "from hinweg_stop_times st "
                        + "join hinweg_trips t on t.tenant = st.tenant and t.trip_id = st.trip_id "
                        + "join hinweg_routes r on r.tenant = t.tenant and r.route_id = t.route_id "
                        + "where st.tenant = ? and st.stop_id = ? and coalesce(st.departure, st.arrival) >= ? "
                        // a trip that ends here arrives, it does not depart
                        + "and exists (select 1 from hinweg_stop_times next where next.tenant = st.tenant "
                        + "and next.trip_id = st.trip_id and next.stop_sequence > st.stop_sequence) "
                        + "and " + RUNS + " order by leaves, t.trip_id fetch first ? rows only")) {
            select.setString(1, tenant);
            select.setString(2, stopId);
            select.setInt(3, from);
            select.setObject(4, date);
            select.setObject(5, date);
            select.setObject(6, date);
            select.setInt(7, date.getDayOfWeek().getValue());
            select.setObject(8, date);
            select.setInt(9, limit);
            List<Departure> departures = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    departures.add(new Departure(row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getInt(5) - shift));
                }
            }
            return departures;
        }
    }

    /**
     * The time zone of the tenant's feed (its agency_timezone), in which its times of day and
     * service days are read; the runtime's when the feed names none.
     */
    public ZoneId zone(String tenant) throws SQLException {
        ZoneId cached = zones.get(tenant);
        if (cached != null) {
            return cached;
        }
        ZoneId zone = ZoneId.systemDefault();
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "select timezone from hinweg_feeds where tenant = ?")) {
            select.setString(1, tenant);
            try (ResultSet row = select.executeQuery()) {
                if (row.next() && row.getString(1) != null) {
                    zone = ZoneId.of(row.getString(1));
                }
            }
        }
        zones.put(tenant, zone);
        return zone;
    }

    /** The ids of the network's stops, in order, at most {@code limit} (for the console's completion). */
    public List<String> stopIds(String tenant, int limit) throws SQLException {
        return database.query("select stop_id from hinweg_stops where tenant = ? order by stop_id limit ?",
                row -> row.getString(1), tenant, limit);
    }

    /** A stop of the network. */
    public Optional<GtfsFeed.Stop> stop(String tenant, String stopId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select name, latitude, longitude from "
                        + "hinweg_stops where tenant = ? and stop_id = ?")) {
            select.setString(1, tenant);
            select.setString(2, stopId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new GtfsFeed.Stop(stopId, row.getString(1), row.getDouble(2),
                        row.getDouble(3))) : Optional.empty();
            }
        }
    }

    /** The stops of the network inside the box of latitudes and longitudes. */
    public List<GtfsFeed.Stop> stopsWithin(String tenant, double south, double north, double west, double east)
            throws SQLException {
        return database.query("select stop_id, name, latitude, longitude from hinweg_stops where tenant = ? "
                + "and latitude between ? and ? and longitude between ? and ?", row -> new GtfsFeed.Stop(
                        row.getString(1), row.getString(2), row.getDouble(3), row.getDouble(4)),
                tenant, south, north, west, east);
    }

    /** The capacity GTFS-ride gives for the trip. */
    public Optional<Capacity> tripCapacity(String tenant, String tripId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select seated, standing, wheelchair, "
                        + "bicycles from hinweg_trip_capacities where tenant = ? and trip_id = ?")) {
            select.setString(1, tenant);
            select.setString(2, tripId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(Capacities.read(row)) : Optional.empty();
            }
        }
    }
}
