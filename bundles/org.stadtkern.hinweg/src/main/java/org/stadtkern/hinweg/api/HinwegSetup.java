package org.stadtkern.hinweg.api;

import java.io.IOException;
import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sets up Hin &amp; Weg for the runtime's default tenant, as operators do over HTTP: the network from
 * a GTFS feed, vehicles with their capacities and counting sensors. Counts themselves arrive over
 * MQTT, like a real counter's (topics in {@code org.stadtkern.hinweg.cfg}).
 */
@ProviderType
public interface HinwegSetup {

    /** Whether a network has been imported. */
    boolean hasNetwork() throws IOException;

    /** Whether the network has the trip. */
    boolean hasTrip(String trip) throws IOException;

    /**
     * Replaces the network with a GTFS static feed (zip).
     *
     * @throws IllegalArgumentException naming the first problem of the feed (nothing changed)
     */
    void importGtfs(InputStream zip) throws IOException;

    /** Registers a vehicle, or changes its capacity. */
    void vehicle(String vehicle, int seated, int standing, int wheelchair, int bicycles) throws IOException;

    /**
     * Registers an active door counter mounted in the vehicle (with its SensorThings Datastreams while
     * the urban data platform runs).
     */
    void doorCounter(String sensor, String vehicle, boolean vdv457) throws IOException;

    /**
     * Registers an active people counter at the stop (with its SensorThings Datastream while the
     * urban data platform runs).
     *
     * @throws IllegalArgumentException when the stop is not in the network
     */
    void stopCounter(String sensor, String stop, boolean vdv457) throws IOException;
}
