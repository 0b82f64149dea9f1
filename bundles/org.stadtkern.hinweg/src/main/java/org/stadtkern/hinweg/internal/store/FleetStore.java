package org.stadtkern.hinweg.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.hinweg.internal.load.Capacity;
import org.stadtkern.core.api.measure.Jdbc;

/** The tenant's vehicles (with their capacities) and counting sensors. */
@Component(service = FleetStore.class)
public final class FleetStore {

    private final Jdbc database;
    /** Sensors as counting asks for them, per tenant and id; an entry goes when the sensor is changed. */
    private final Map<String, Optional<CountingSensor>> sensors = new ConcurrentHashMap<>();

    @Activate
    public FleetStore(@Reference(target = HinwegSchema.TARGET) Jdbc database) {
        this.database = database;
    }

    /** Sets a vehicle's capacity (registering the vehicle). */
    public void putVehicle(String tenant, String vehicleId, Capacity capacity) throws SQLException {
        // delete and insert in one transaction: the same SQL on H2 and PostgreSQL
        database.transaction(transaction -> {
            transaction.update("delete from hinweg_vehicles where tenant = ? and vehicle_id = ?", tenant, vehicleId);
            return transaction.update("insert into hinweg_vehicles values (?, ?, ?, ?, ?, ?)", tenant, vehicleId,
                    capacity.seated(), capacity.standing(), capacity.wheelchair(), capacity.bicycles());
        });
    }

    /** A vehicle's capacity, if it is registered. */
    public Optional<Capacity> vehicle(String tenant, String vehicleId) throws SQLException {
        return database.first("select seated, standing, wheelchair, bicycles from hinweg_vehicles where tenant = ? "
                + "and vehicle_id = ?", Capacities::read, tenant, vehicleId);
    }

    /** Registers or replaces a counting sensor. */
    public void putSensor(String tenant, CountingSensor sensor) throws SQLException {
        database.transaction(transaction -> {
            transaction.update("delete from hinweg_sensors where tenant = ? and sensor_id = ?", tenant, sensor.id());
            return transaction.update("insert into hinweg_sensors (tenant, sensor_id, kind, vehicle_id, stop_id, "
                    + "vdv457, status, datastream_id, alightings_datastream_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    tenant, sensor.id(), sensor.kind().name().toLowerCase(Locale.ROOT), sensor.vehicleId(),
                    sensor.stopId(), sensor.vdv457(), sensor.status().name().toLowerCase(Locale.ROOT),
                    sensor.datastreamId(), sensor.alightingsDatastreamId());
        });
        sensors.remove(tenant + '\u0000' + sensor.id());
    }

    /** Records the SensorThings Datastreams of a sensor's raw counts. */
    public void setDatastreams(String tenant, String sensorId, Long datastream, Long alightingsDatastream)
            throws SQLException {
        database.update("update hinweg_sensors set datastream_id = ?, alightings_datastream_id = ? where tenant = ? "
                + "and sensor_id = ?", datastream, alightingsDatastream, tenant, sensorId);
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
        String sql = "select sensor_id, kind, vehicle_id, stop_id, vdv457, status, datastream_id, "
                + "alightings_datastream_id from hinweg_sensors where tenant = ?";
        return sensorId == null ? database.query(sql + " order by sensor_id", FleetStore::sensor, tenant)
                : database.query(sql + " and sensor_id = ?", FleetStore::sensor, tenant, sensorId);
    }

    private static CountingSensor sensor(ResultSet row) throws SQLException {
        return new CountingSensor(row.getString(1), CountingSensor.Kind.valueOf(row.getString(2)
                .toUpperCase(Locale.ROOT)), row.getString(3), row.getString(4), row.getBoolean(5),
                CountingSensor.Status.valueOf(row.getString(6).toUpperCase(Locale.ROOT)), row.getObject(7, Long.class),
                row.getObject(8, Long.class));
    }
}
