package org.stadtkern.sensorthings.api;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The SensorThings API for other measures (an OSGi service), and the one entry point for routes:
 * {@value #ENDPOINT}.
 */
@ProviderType
public interface SensorThings {

    /**
     * The Camel endpoint that stores an Observation sent by a route (a route file in {@code deploy/} or
     * a measure's route) through the same checks, group commit, notifications and access rules as an
     * MQTT or HTTP create. The body is an Observation as JSON ({@code {"phenomenonTime": "...",
     * "result": 21.5}}); the Datastream is named by {@link #DATASTREAM_HEADER}. What it refuses is
     * dead-lettered with the reason; the exchange completes once the Observation is committed.
     */
    String ENDPOINT = "direct:sensorthings.observations";

    /**
     * Header naming the Datastream of a message to {@link #ENDPOINT}: its id, or, with
     * {@link #THING_HEADER}, its name within that Thing (both created on first use, see
     * {@link #UNIT_HEADER}).
     */
    String DATASTREAM_HEADER = "StadtkernDatastream";

    /** Header naming the Thing (a station, a device) whose Datastream {@link #DATASTREAM_HEADER} names. */
    String THING_HEADER = "StadtkernThing";

    /** Header: the UCUM unit of a Datastream created on first use ({@code 1} when absent). */
    String UNIT_HEADER = "StadtkernUnit";

    /** Header: what a Datastream created on first use measures (its name when absent). */
    String OBSERVED_PROPERTY_HEADER = "StadtkernObservedProperty";

    /** Header: the catalog dataset of a Datastream created on first use (the default when absent). */
    String DATASET_HEADER = "StadtkernDataset";

    /** Headers: WGS 84 position of a Thing created on first use (without them it has no Location). */
    String LATITUDE_HEADER = "StadtkernLatitude";

    /** See {@link #LATITUDE_HEADER}. */
    String LONGITUDE_HEADER = "StadtkernLongitude";

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

    /**
     * Whether the Datastream has an Observation whose phenomenonTime is (or starts at) this instant:
     * for a measure that copies its own records to the platform, so that a copy interrupted by a
     * crash after its commit is not made twice.
     *
     * @throws IllegalStateException when the database cannot be reached
     */
    boolean observed(long datastream, Instant phenomenonTime);

    /** The MQTT topic an Observation of the Datastream is published to, e.g. by a route. */
    static String observationsTopic(long datastream) {
        return "v1.1/Datastreams(" + datastream + ")/Observations";
    }
}
