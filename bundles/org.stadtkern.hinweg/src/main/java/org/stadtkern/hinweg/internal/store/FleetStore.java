package org.stadtkern.hinweg.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.hinweg.internal.load.Capacity;

/** The tenant's vehicles (with their capacities) and counting sensors. */
@Component(service = FleetStore.class)
public final class FleetStore {

    private final HinwegDatabase database;
    /** Sensors as counting asks for them, per tenant and id; an entry goes when the sensor is changed. */
    private final Map<String, Optional<CountingSensor>> sensors = new ConcurrentHashMap<>();

    @Activate
    public FleetStore(@Reference HinwegDatabase database) {
        this.database = database;
    }

    /** Sets a vehicle's capacity (registering the vehicle). */
    public void putVehicle(String tenant, String vehicleId, Capacity capacity) throws SQLException {
        try (Connection connection = database.connection()) {
            delete(connection, "hinweg_vehicles", "vehicle_id", tenant, vehicleId);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into hinweg_vehicles values (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, tenant);
                insert.setString(2, vehicleId);
                Capacities.bind(insert, 3, capacity);
                insert.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    /** A vehicle's capacity, if it is registered. */
    public Optional<Capacity> vehicle(String tenant, String vehicleId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select seated, standing, wheelchair, "
                        + "bicycles from hinweg_vehicles where tenant = ? and vehicle_id = ?")) {
            select.setString(1, tenant);
            select.setString(2, vehicleId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(Capacities.read(row)) : Optional.empty();
            }
        }
    }

    /** Registers or replaces a counting sensor. */
    public void putSensor(String tenant, CountingSensor sensor) throws SQLException {
        try (Connection connection = database.connection()) {
            delete(connection, "hinweg_sensors", "sensor_id", tenant, sensor.id());
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into hinweg_sensors (tenant, sensor_id, kind, vehicle_id, stop_id, vdv457, status, "
                    + "datastream_id, alightings_datastream_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, tenant);
                insert.setString(2, sensor.id());
                insert.setString(3, sensor.kind().name().toLowerCase(Locale.ROOT));
                insert.setString(4, sensor.vehicleId());
                insert.setString(5, sensor.stopId());
                insert.setBoolean(6, sensor.vdv457());
                insert.setString(7, sensor.status().name().toLowerCase(Locale.ROOT));
                insert.setObject(8, sensor.datastreamId(), Types.BIGINT);
                insert.setObject(9, sensor.alightingsDatastreamId(), Types.BIGINT);
                insert.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
        sensors.remove(tenant + '\u0000' + sensor.id());
    }

    /** Records the SensorThings Datastreams of a sensor's raw counts. */
    public void setDatastreams(String tenant, String sensorId, Long datastream, Long alightingsDatastream)
            throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement update = connection.prepareStatement("update hinweg_sensors set datastream_id = ?, "
                        + "alightings_datastream_id = ? where tenant = ? and sensor_id = ?")) {
            update.setObject(1, datastream, Types.BIGINT);
            update.setObject(2, alightingsDatastream, Types.BIGINT);
            update.setString(3, tenant);
            update.setString(4, sensorId);
            update.executeUpdate();
        }
        sensors.remove(tenant + '\u0000' + sensorId);
    }

    /**
     * The tenant's active sensor of that kind, as counting needs it.
     *
     * @throws IllegalArgumentException naming why not: unknown, another kind, not active
     */
    public CountingSensor activeSensor(String tenant, String sensorId, CountingSensor.Kind kind) throws SQLException {
        CountingSensor sensor = sensor(tenant, sensorId)
                .orElseThrow(() -> new IllegalArgumentException("unknown sensor '" + sensorId + "'"));
        if (sensor.kind() != kind || sensor.status() != CountingSensor.Status.ACTIVE) {
            throw new IllegalArgumentException("sensor '" + sensorId + "' is not an active "
                    + kind.name().toLowerCase(Locale.ROOT) + " counter");
        }
        return sensor;
    }

    /** A counting sensor of the tenant. */
    public Optional<CountingSensor> sensor(String tenant, String sensorId) throws SQLException {
        String key = tenant + '\u0000' + sensorId;
        Optional<CountingSensor> cached = sensors.get(key);
        if (cached == null) {
            List<CountingSensor> found = sensors(tenant, sensorId);
            cached = found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            if (sensors.size() < 100_000) {
                sensors.put(key, cached);
            }
        }
        return cached;
    }

    /** Every counting sensor of the tenant (or the one with the id). */
    public List<CountingSensor> sensors(String tenant, String sensorId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select sensor_id, kind, vehicle_id, stop_id, "
                        + "vdv457, status, datastream_id, alightings_datastream_id from hinweg_sensors where tenant = ?"
                        + (sensorId == null ? "" : " and sensor_id = ?") + " order by sensor_id")) {
            select.setString(1, tenant);
            if (sensorId != null) {
                select.setString(2, sensorId);
            }
            List<CountingSensor> sensors = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    sensors.add(new CountingSensor(row.getString(1),
                            CountingSensor.Kind.valueOf(row.getString(2).toUpperCase(Locale.ROOT)), row.getString(3),
                            row.getString(4), row.getBoolean(5),
                            CountingSensor.Status.valueOf(row.getString(6).toUpperCase(Locale.ROOT)),
                            row.getObject(7, Long.class), row.getObject(8, Long.class)));
                }
            }
            return sensors;
        }
    }

    /** Deletes the row of the id and inserts it again, in one transaction (the same SQL on H2 and PostgreSQL). */
    private static void delete(Connection connection, String table, String key, String tenant, String id)
            throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where tenant = ? and "
                + key + " = ?")) {
            delete.setString(1, tenant);
            delete.setString(2, id);
            delete.executeUpdate();
        }
    }
}
