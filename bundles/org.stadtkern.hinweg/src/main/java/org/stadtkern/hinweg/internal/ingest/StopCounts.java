package org.stadtkern.hinweg.internal.ingest;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.MessagePublisher;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.measure.MqttInput;
import org.stadtkern.hinweg.internal.HinwegConfig;
import org.stadtkern.hinweg.internal.load.Crowding;
import org.stadtkern.hinweg.internal.platform.PlatformCopies;
import org.stadtkern.hinweg.internal.store.CountingSensor;
import org.stadtkern.hinweg.internal.store.FleetStore;
import org.stadtkern.hinweg.internal.store.NetworkStore;
import org.stadtkern.hinweg.internal.store.StopCountStore;
import org.stadtkern.core.api.measure.Json;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Counts readings of the people counters at stops, {@code {"sensor", "stop", "time", "count"}}:
 * checked (unknown or inactive sensor, a sensor of another stop, a stop not in the network, a
 * negative or implausible count, a time in the future, a duplicate: each refused with its reason),
 * stored, and published as the stop's crowding level (retained {@code <root>/stops/<stop>}, open
 * data: the level only, never the count).
 */
@Component(service = StopCounts.class, configurationPid = "org.stadtkern.hinweg")
public final class StopCounts {

    private static final Logger LOG = LoggerFactory.getLogger(StopCounts.class);

    private final FleetStore fleet;
    private final NetworkStore network;
    private final StopCountStore counts;
    private final MessagePublisher publisher;
    private final String tenant;
    private final String topicRoot;
    private final long toleranceSeconds;
    private final Crowding crowding;
    private final Clock clock = Clock.systemUTC();
    /** While the urban data platform runs: copies the stored counts there (SensorThings Observations). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PlatformCopies platformCopies;

    @Activate
    public StopCounts(HinwegConfig config, @Reference FleetStore fleet, @Reference NetworkStore network,
            @Reference StopCountStore counts, @Reference MessagePublisher publisher, @Reference Tenancy tenancy) {
        this.fleet = fleet;
        this.network = network;
        this.counts = counts;
        this.publisher = publisher;
        this.tenant = tenancy.defaultTenant();
        this.topicRoot = config.topic_root();
        this.toleranceSeconds = config.future_tolerance_seconds();
        this.crowding = new Crowding(config.crowding_busy(), config.crowding_crowded());
    }

    /** Counts one message; throws {@link IllegalArgumentException} with the reason when it is refused. */
    public Crowding.Level count(MqttInput.Message<StopCount> message) throws SQLException {
        CountCheck.sameTenant(message.tenant(), tenant);
        StopCount reading = CountCheck.checked(message.payload());
        String sensorId = reading.sensor();
        String stop = reading.stop();
        Instant time = reading.time();
        int waiting = reading.count();
        CountingSensor sensor = fleet.activeSensor(tenant, sensorId, CountingSensor.Kind.STOP);
        if (!stop.equals(sensor.stopId())) {
            throw new IllegalArgumentException("sensor '" + sensorId + "' counts at stop '" + sensor.stopId()
                    + "', not '" + stop + "'");
        }
        if (network.stop(tenant, stop).isEmpty()) {
            throw new IllegalArgumentException("stop '" + stop + "' is not in the network");
        }
        CountCheck.notAfter(time, clock.instant().plusSeconds(toleranceSeconds));
        if (!counts.add(tenant, sensorId, stop, time, waiting)) {
            throw new IllegalArgumentException("duplicate: sensor '" + sensorId + "' reported " + time
                    + " before (counted once)");
        }
        PlatformCopies copies = platformCopies;
        if (copies != null) {
            copies.wake();
        }
        Crowding.Level level = crowding.level(waiting);
        publish(stop, level, time);
        return level;
    }

    /** The stop's crowding level now (from its newest reading), if it has a counter. */
    public java.util.Optional<Map<String, Object>> crowding(String stop) throws SQLException {
        return counts.newest(tenant, stop).map(reading -> view(stop, crowding.level(reading.waiting()), reading.at()));
    }

    private void publish(String stop, Crowding.Level level, Instant at) {
        try {
            publisher.publish(topicRoot + "/stops/" + stop, Json.writer().writeValueAsBytes(view(stop, level, at)), 0,
                    true, MessagePublisher.OPEN);
        } catch (JsonProcessingException | IllegalStateException e) {
            LOG.warn("Crowding of {} not published: {}", stop, e.getMessage());
        }
    }

    private static Map<String, Object> view(String stop, Crowding.Level level, Instant at) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("stop", stop);
        view.put("crowding", level.name());
        view.put("at", at.toString());
        return view;
    }
}
