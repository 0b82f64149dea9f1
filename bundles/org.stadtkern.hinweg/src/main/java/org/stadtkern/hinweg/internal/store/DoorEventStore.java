package org.stadtkern.hinweg.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.hinweg.internal.export.Ridership;
import org.stadtkern.hinweg.internal.load.CountedEvent;
import org.stadtkern.hinweg.internal.load.DoorEvent;
import org.stadtkern.core.api.measure.Jdbc;

/** The door events as counted: one row per sensor and time, so that a redelivered event is a duplicate. */
@Component(service = DoorEventStore.class)
public final class DoorEventStore {

    /** The columns {@link #counted} reads, in its order. */
    private static final String COLUMNS = "sensor_id, at, vehicle_id, trip_id, stop_id, stop_sequence, boardings, "
            + "alightings";

    private final Jdbc database;

    @Activate
    public DoorEventStore(@Reference(target = HinwegSchema.TARGET) Jdbc database) {
        this.database = database;
    }

    /** Stores the event; false when the sensor already reported one at that time (the primary key says so). */
    public boolean add(String tenant, DoorEvent event, int stopSequence) throws SQLException {
        try (Connection connection = database.connection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into hinweg_door_events (tenant, " + COLUMNS + ", platform_copied) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, false)")) {
                insert.setString(1, tenant);
                insert.setString(2, event.sensor());
                insert.setObject(3, OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC));
                insert.setString(4, event.vehicle());
                insert.setString(5, event.trip());
                insert.setString(6, event.stop());
                insert.setInt(7, stopSequence);
                insert.setInt(8, event.boardings());
                insert.setInt(9, event.alightings());
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    return false; // the key (tenant, sensor, time) is taken: reported before
                }
                throw e;
            }
        }
    }

    /** A stored event without its copy on the urban data platform yet. */
    public record Uncopied(String tenant, CountedEvent counted) {
    }

    /** Up to {@code limit} events without their platform copy, oldest first, of every tenant. */
    public List<Uncopied> uncopied(int limit) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select " + COLUMNS + ", tenant from "
                        + "hinweg_door_events where platform_copied = false order by at fetch first " + limit
                        + " rows only")) {
            List<Uncopied> events = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    events.add(new Uncopied(row.getString(9), counted(row)));
                }
            }
            return events;
        }
    }

    /** Records that these events have their platform copies. */
    public void copied(List<Uncopied> events) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement update = connection.prepareStatement("update hinweg_door_events set "
                        + "platform_copied = true where tenant = ? and sensor_id = ? and at = ?")) {
            for (Uncopied copied : events) {
                update.setString(1, copied.tenant());
                update.setString(2, copied.counted().event().sensor());
                update.setObject(3, OffsetDateTime.ofInstant(copied.counted().event().time(), ZoneOffset.UTC));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The events of the tenant from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    public List<CountedEvent> between(String tenant, Instant from, Instant to) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                        + " from hinweg_door_events where tenant = ? and at >= ? and at < ? order by at")) {
            select.setString(1, tenant);
            select.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            select.setObject(3, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            return counted(select);
        }
    }

    /**
     * Total boardings and alightings per route and stop from {@code from} (inclusive) to {@code to}
     * (exclusive): the door events, and the hourly sums of those the retention run aggregated.
     */
    public List<Ridership.Total> ridership(String tenant, Instant from, Instant to) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select coalesce(t.route_id, ''), c.stop_id, "
                        + "sum(c.boardings), sum(c.alightings) from (select trip_id, stop_id, boardings, alightings "
                        + "from hinweg_door_events where tenant = ? and at >= ? and at < ? union all "
                        + "select trip_id, stop_id, boardings, alightings from hinweg_counts_hourly where tenant = ? "
                        + "and hour_start >= ? and hour_start < ?) c left join hinweg_trips t on t.tenant = ? "
                        + "and t.trip_id = c.trip_id group by coalesce(t.route_id, ''), c.stop_id order by 1, 2")) {
            for (int i = 0; i < 2; i++) {
                select.setString(1 + 3 * i, tenant);
                select.setObject(2 + 3 * i, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
                select.setObject(3 + 3 * i, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            }
            select.setString(7, tenant);
            List<Ridership.Total> totals = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    totals.add(new Ridership.Total(row.getString(1), row.getString(2), row.getLong(3),
                            row.getLong(4)));
                }
            }
            return totals;
        }
    }

    /** How many door events the tenant has stored, and the newest one's time (or {@code null}). */
    public Map.Entry<Long, Instant> summary(String tenant) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*), max(at) from hinweg_door_events where tenant = ?")) {
            select.setString(1, tenant);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                OffsetDateTime newest = row.getObject(2, OffsetDateTime.class);
                return new java.util.AbstractMap.SimpleImmutableEntry<>(row.getLong(1),
                        newest == null ? null : newest.toInstant());
            }
        }
    }

    /**
     * Every event of the vehicles' trips that stopped at the stop since {@code since} (the whole trips,
     * so that the load at the stop can be booked), oldest first.
     */
    public List<CountedEvent> tripsThrough(String tenant, String stopId, Instant since) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select e.sensor_id, e.at, e.vehicle_id, "
                        + "e.trip_id, e.stop_id, e.stop_sequence, e.boardings, e.alightings from hinweg_door_events e "
                        + "where e.tenant = ? and exists (select 1 from hinweg_door_events s where s.tenant = e.tenant "
                        + "and s.vehicle_id = e.vehicle_id and s.trip_id = e.trip_id and s.stop_id = ? and s.at >= ?) "
                        + "and e.at >= ? order by e.at")) {
            select.setString(1, tenant);
            select.setString(2, stopId);
            select.setObject(3, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            // a trip's earlier stops may lie up to a day before
            select.setObject(4, OffsetDateTime.ofInstant(since.minusSeconds(86_400), ZoneOffset.UTC));
            return counted(select);
        }
    }

    /** The events of a vehicle on a trip, oldest first. */
    public List<CountedEvent> events(String tenant, String vehicle, String trip) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                        + " from hinweg_door_events where tenant = ? and vehicle_id = ? and trip_id = ? order by at")) {
            select.setString(1, tenant);
            select.setString(2, vehicle);
            select.setString(3, trip);
            return counted(select);
        }
    }

    /** The events the query reads (the columns of {@link #COLUMNS}, in that order). */
    private static List<CountedEvent> counted(PreparedStatement select) throws SQLException {
        List<CountedEvent> events = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                events.add(counted(row));
            }
        }
        return events;
    }

    /** A row with the columns of {@link #COLUMNS}, in that order. */
    private static CountedEvent counted(ResultSet row) throws SQLException {
        return new CountedEvent(new DoorEvent(row.getString(1), row.getString(3), row.getString(4), row.getString(5),
                row.getObject(2, OffsetDateTime.class).toInstant(), row.getInt(7), row.getInt(8)), row.getInt(6));
    }
}
