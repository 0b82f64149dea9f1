package org.stadtkern.sensorthings.api;

import org.osgi.annotation.versioning.ProviderType;

/** The SensorThings API for other measures (an OSGi service). */
@ProviderType
public interface SensorThings {

    /**
     * The id of the described Datastream, created with its Thing, Location, Sensor and
     * ObservedProperty when the Thing has no Datastream of that name yet. Safe to call at every
     * start; what exists is not changed.
     *
     * @throws IllegalArgumentException when the description is not valid
     * @throws IllegalStateException when the database cannot be reached
     */
    long datastream(DatastreamProvision provision);

    /** The MQTT topic an Observation of the Datastream is published to, e.g. by a route. */
    static String observationsTopic(long datastream) {
        return "v1.1/Datastreams(" + datastream + ")/Observations";
    }
}
