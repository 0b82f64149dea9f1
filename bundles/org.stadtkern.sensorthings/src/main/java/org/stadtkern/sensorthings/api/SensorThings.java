package org.stadtkern.sensorthings.api;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionStage;

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

    /**
     * The id of the FeatureOfInterest of that name (a place Observations are about, e.g. a stop
     * where passengers boarded a vehicle), created as a GeoJSON point when there is none yet.
     *
     * @throws IllegalArgumentException when the name is blank or the point is not in WGS 84 range
     * @throws IllegalStateException when the database cannot be reached
     */
    long featureOfInterest(String name, String description, double latitude, double longitude);

    /**
     * Stores an Observation of a Datastream, as if created over HTTP or MQTT (checked, stored with
     * others in one commit, notified to MQTT subscribers as its Datastream's audience allows).
     *
     * @param datastream the Datastream, e.g. from {@link #datastream}
     * @param phenomenonTime when it was observed
     * @param result the measured value
     * @param featureOfInterest a FeatureOfInterest's id (from {@link #featureOfInterest}), or
     *        {@code null} for the Location of the Datastream's Thing
     * @param parameters the Observation's parameters (JSON values), or an empty map
     * @return completes with the new Observation's id once committed, or exceptionally with an
     *         {@link IllegalArgumentException} (no such Datastream or FeatureOfInterest) or an
     *         {@link IllegalStateException} (database, full queue)
     */
    CompletionStage<Long> observe(long datastream, Instant phenomenonTime, Number result, Long featureOfInterest,
            Map<String, Object> parameters);

    /** The MQTT topic an Observation of the Datastream is published to, e.g. by a route. */
    static String observationsTopic(long datastream) {
        return "v1.1/Datastreams(" + datastream + ")/Observations";
    }
}
