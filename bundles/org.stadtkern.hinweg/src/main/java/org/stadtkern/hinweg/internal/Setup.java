package org.stadtkern.hinweg.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.hinweg.api.HinwegSetup;
import org.stadtkern.hinweg.internal.gtfs.GtfsException;
import org.stadtkern.hinweg.internal.gtfs.GtfsReader;
import org.stadtkern.hinweg.internal.load.Capacity;
import org.stadtkern.hinweg.internal.platform.SensorRegistration;
import org.stadtkern.hinweg.internal.store.CountingSensor;
import org.stadtkern.hinweg.internal.store.FleetStore;
import org.stadtkern.hinweg.internal.store.NetworkStore;

/** {@link HinwegSetup} on the stores, for the default tenant. */
@Component(service = HinwegSetup.class)
public final class Setup implements HinwegSetup {

    private final NetworkStore network;
    private final FleetStore fleet;
    private final SensorRegistration sensors;
    private final String tenant;

    @Activate
    public Setup(@Reference NetworkStore network, @Reference FleetStore fleet,
            @Reference SensorRegistration sensors, @Reference Tenancy tenancy) {
        this.network = network;
        this.fleet = fleet;
        this.sensors = sensors;
        this.tenant = tenancy.defaultTenant();
    }

    @Override
    public boolean hasNetwork() throws IOException {
        try {
            return network.size(tenant).stops() > 0;
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public boolean hasTrip(String trip) throws IOException {
        try {
            return network.trip(tenant, trip).isPresent();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void importGtfs(InputStream zip) throws IOException {
        try {
            network.replace(tenant, GtfsReader.read(zip));
        } catch (GtfsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void vehicle(String vehicle, int seated, int standing, int wheelchair, int bicycles) throws IOException {
        try {
            fleet.putVehicle(tenant, vehicle, new Capacity(seated, standing, wheelchair, bicycles));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void doorCounter(String sensor, String vehicle, boolean vdv457) throws IOException {
        put(new CountingSensor(sensor, CountingSensor.Kind.DOOR, vehicle, null, vdv457, CountingSensor.Status.ACTIVE,
                null, null));
    }

    @Override
    public void stopCounter(String sensor, String stop, boolean vdv457) throws IOException {
        put(new CountingSensor(sensor, CountingSensor.Kind.STOP, null, stop, vdv457, CountingSensor.Status.ACTIVE,
                null, null));
    }

    private void put(CountingSensor sensor) throws IOException {
        try {
            sensors.register(tenant, sensor);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
