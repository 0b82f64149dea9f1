package org.stadtkern.hinweg.internal.platform;

import java.sql.SQLException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.stadtkern.hinweg.internal.store.CountingSensor;
import org.stadtkern.hinweg.internal.store.FleetStore;

/**
 * Registers a counting sensor, over HTTP or through the setup API alike: stored in the fleet and,
 * while the urban data platform runs, given its SensorThings Datastreams at once (else with its first
 * count).
 */
@Component(service = SensorRegistration.class)
public final class SensorRegistration {

    private final FleetStore fleet;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RawCounts rawCounts;

    @Activate
    public SensorRegistration(@Reference FleetStore fleet) {
        this.fleet = fleet;
    }

    /**
     * Registers or replaces the sensor; returns it with its Datastreams where the platform gave them.
     *
     * @throws IllegalArgumentException when a stop counter's stop is not in the network
     */
    public CountingSensor register(String tenant, CountingSensor sensor) throws SQLException {
        fleet.putSensor(tenant, sensor);
        RawCounts raw = rawCounts;
        return raw == null ? sensor : raw.provision(tenant, sensor);
    }
}
