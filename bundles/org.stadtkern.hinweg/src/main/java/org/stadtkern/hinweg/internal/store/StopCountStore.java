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
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.measure.Jdbc;

/** Readings of the people counters at stops; one per sensor and time, so that redelivery is a duplicate. */
@Component(service = StopCountStore.class)
public final class StopCountStore {

    private final Jdbc database;

    /** The newest reading at a stop. */
    public record Reading(String stopId, Instant at, int waiting) {
    }

    /** A stored reading without its copy on the urban data platform yet. */
    public record Uncopied(String tenant, String sensor, Instant at, int waiting) {
    }

    @Activate
    public StopCountStore(@Reference(target = HinwegSchema.TARGET) Jdbc database) {
        this.database = database;
    }

    /** Stores a reading; false when the sensor already reported one at that time. */
    public boolean add(String tenant, String sensor, String stop, Instant at, int waiting) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into hinweg_stop_counts (tenant, sensor_id, at, stop_id, waiting, platform_copied) "
                                + "values (?, ?, ?, ?, ?, false)")) {
            insert.setString(1, tenant);
            insert.setString(2, sensor);
            insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(4, stop);
            insert.setInt(5, waiting);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw e;
        }
    }

    /** Up to {@code limit} readings without their platform copy, oldest first, of every tenant. */
    public List<Uncopied> uncopied(int limit) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select tenant, sensor_id, at, waiting from "
                        + "hinweg_stop_counts where platform_copied = false order by at fetch first " + limit
                        + " rows only")) {
            List<Uncopied> readings = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    readings.add(new Uncopied(row.getString(1), row.getString(2),
                            row.getObject(3, OffsetDateTime.class).toInstant(), row.getInt(4)));
                }
            }
            return readings;
        }
    }

    /** Records that these readings have their platform copies. */
    public void copied(List<Uncopied> readings) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement update = connection.prepareStatement("update hinweg_stop_counts set "
                        + "platform_copied = true where tenant = ? and sensor_id = ? and at = ?")) {
            for (Uncopied copied : readings) {
                update.setString(1, copied.tenant());
                update.setString(2, copied.sensor());
                update.setObject(3, OffsetDateTime.ofInstant(copied.at(), ZoneOffset.UTC));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The newest reading at the stop. */
    public Optional<Reading> newest(String tenant, String stop) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select at, waiting from hinweg_stop_counts "
                        + "where tenant = ? and stop_id = ? order by at desc fetch first 1 rows only")) {
            select.setString(1, tenant);
            select.setString(2, stop);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Reading(stop, row.getObject(1, OffsetDateTime.class).toInstant(),
                        row.getInt(2))) : Optional.empty();
            }
        }
    }
}
