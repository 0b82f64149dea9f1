package org.stadtkern.hinweg.internal.platform;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.hinweg.internal.gtfs.GtfsFeed;
import org.stadtkern.hinweg.internal.load.DoorEvent;
import org.stadtkern.hinweg.internal.store.CountingSensor;
import org.stadtkern.hinweg.internal.store.FleetStore;
import org.stadtkern.hinweg.internal.store.NetworkStore;
import org.stadtkern.sensorthings.api.DatastreamProvision;
import org.stadtkern.sensorthings.api.SensorThings;

/**
 * The raw counts as platform data. Each counting sensor is a SensorThings Thing named
 * {@code Fahrgastzähler <id>} with Datastreams in the dataset {@code passenger-counts} (internal):
 * a door counter moves with its vehicle, so its Thing has no Location and its {@code Einstiege}
 * and {@code Ausstiege} Observations name the stop as their FeatureOfInterest; a stop counter's
 * Thing stands at its stop, with {@code Wartende}. Each counted event becomes Observations of them.
 * Present while the urban data platform runs; counting goes on without it.
 */
@Component(service = RawCounts.class)
public final class RawCounts {

    /** The dataset of the raw counts, as data sovereignty knows it. */
    public static final String DATASET = "passenger-counts";
    private static final String GTFS_RIDE = "https://github.com/ODOT-PTS/GTFS-ride/blob/master/spec/en/reference.md";
    private static final String UNIT = "{passengers}";
    private static final Logger LOG = LoggerFactory.getLogger(RawCounts.class);

    private final SensorThings sensorThings;
    private final FleetStore fleet;
    private final NetworkStore network;
    private final Map<String, Long> stopFeatures = new ConcurrentHashMap<>();

    @Activate
    public RawCounts(@Reference SensorThings sensorThings, @Reference FleetStore fleet,
            @Reference NetworkStore network) {
        this.sensorThings = sensorThings;
        this.fleet = fleet;
        this.network = network;
    }

    /**
     * The sensor with its Datastreams, created when it has none yet (and recorded in the fleet).
     *
     * @throws IllegalArgumentException when a stop counter's stop is not in the network
     * @throws IllegalStateException when the platform's database cannot be reached
     */
    public CountingSensor provision(String tenant, CountingSensor sensor) throws SQLException {
        if (sensor.provisioned()) {
            return sensor;
        }
        String thing = "Fahrgastzähler " + sensor.id();
        String certified = sensor.vdv457() ? ", zertifiziert nach VDV 457" : "";
        CountingSensor provisioned;
        if (sensor.kind() == CountingSensor.Kind.DOOR) {
            String description = "Türzähler in Fahrzeug " + sensor.vehicleId() + certified;
            long boardings = sensorThings.datastream(new DatastreamProvision(thing, description, Double.NaN,
                    Double.NaN, "Einstiege", UNIT, "Einstiege", GTFS_RIDE + "#board_alighttxt", DATASET));
            long alightings = sensorThings.datastream(new DatastreamProvision(thing, description, Double.NaN,
                    Double.NaN, "Ausstiege", UNIT, "Ausstiege", GTFS_RIDE + "#board_alighttxt", DATASET));
            provisioned = sensor.withDatastreams(boardings, alightings);
        } else {
            GtfsFeed.Stop stop = network.stop(tenant, sensor.stopId()).orElseThrow(() ->
                    new IllegalArgumentException("stop '" + sensor.stopId() + "' is not in the network"));
            long waiting = sensorThings.datastream(new DatastreamProvision(thing, "Personenzähler an der Haltestelle "
                    + stop.name() + certified, stop.latitude(), stop.longitude(), "Wartende", UNIT,
                    "Wartende Fahrgäste", "urn:stadtkern:def:waiting-passengers", DATASET));
            provisioned = sensor.withDatastreams(waiting, null);
        }
        fleet.setDatastreams(tenant, sensor.id(), provisioned.datastreamId(), provisioned.alightingsDatastreamId());
        return provisioned;
    }

    /**
     * Stores a counted door event as Observations of the sensor's Datastreams, at its stop; completes
     * once both are committed (or were already there).
     */
    public CompletableFuture<Void> doorEvent(String tenant, CountingSensor sensor, DoorEvent event, int stopSequence)
            throws SQLException {
        CountingSensor counted = provision(tenant, sensor);
        Long feature = stopFeature(tenant, event.stop());
        Map<String, Object> parameters = Map.of("vehicle", event.vehicle(), "trip", event.trip(),
                "stop", event.stop(), "stopSequence", stopSequence);
        return CompletableFuture.allOf(
                observe(tenant, counted, counted.datastreamId(), event.time(), event.boardings(), feature, parameters),
                observe(tenant, counted, counted.alightingsDatastreamId(), event.time(), event.alightings(), feature,
                        parameters));
    }

    /** Stores a stop counter's reading as an Observation of its Datastream; completes once committed. */
    public CompletableFuture<Void> stopCount(String tenant, CountingSensor sensor, Instant time, int waiting)
            throws SQLException {
        CountingSensor counted = provision(tenant, sensor);
        return observe(tenant, counted, counted.datastreamId(), time, waiting, null, Map.of());
    }

    private Long stopFeature(String tenant, String stopId) throws SQLException {
        Long known = stopFeatures.get(tenant + '\u0000' + stopId);
        if (known != null) {
            return known;
        }
        GtfsFeed.Stop stop = network.stop(tenant, stopId).orElseThrow(() ->
                new IllegalArgumentException("stop '" + stopId + "' is not in the network"));
        long feature = sensorThings.featureOfInterest("Haltestelle " + stop.name() + ", " + stop.id(),
                "GTFS stop " + stop.id(), stop.latitude(), stop.longitude());
        stopFeatures.put(tenant + '\u0000' + stopId, feature);
        return feature;
    }

    /** The Observation, unless the Datastream has one at that time (a copy committed before a crash). */
    private CompletableFuture<Void> observe(String tenant, CountingSensor sensor, long datastream, Instant time,
            int count, Long feature, Map<String, Object> parameters) {
        if (sensorThings.observed(datastream, time)) {
            return CompletableFuture.completedFuture(null);
        }
        return sensorThings.observe(datastream, time, count, feature, parameters).toCompletableFuture()
                .whenComplete((id, error) -> {
                    Throwable cause = error == null || error.getCause() == null ? error : error.getCause();
                    if (cause instanceof IllegalArgumentException) {
                        forget(tenant, sensor);
                    }
                }).thenApply(id -> null);
    }

    /** An operator deleted the Datastream or the FeatureOfInterest: the next count provisions again. */
    private void forget(String tenant, CountingSensor sensor) {
        stopFeatures.clear();
        try {
            fleet.setDatastreams(tenant, sensor.id(), null, null);
        } catch (SQLException e) {
            LOG.warn("Datastreams of sensor {} not reset: {}", sensor.id(), e.getMessage());
        }
    }
}
