package org.stadtkern.sensorthings.internal.model;

import static org.stadtkern.sensorthings.internal.model.Property.optional;
import static org.stadtkern.sensorthings.internal.model.Property.required;
import static org.stadtkern.sensorthings.internal.model.PropertyKind.GEOJSON;
import static org.stadtkern.sensorthings.internal.model.PropertyKind.INSTANT;
import static org.stadtkern.sensorthings.internal.model.PropertyKind.INSTANT_OR_INTERVAL;
import static org.stadtkern.sensorthings.internal.model.PropertyKind.INTERVAL;
import static org.stadtkern.sensorthings.internal.model.PropertyKind.JSON;
import static org.stadtkern.sensorthings.internal.model.PropertyKind.RESULT;
import static org.stadtkern.sensorthings.internal.model.PropertyKind.TEXT;

import java.util.List;
import java.util.Optional;

import org.stadtkern.sensorthings.internal.model.Navigation.Link;

/** The eight entity types of SensorThings API 1.1 Part 1 (Sensing), with their SQL tables. */
public enum EntityType {

    THING("Thing", "Things", "sta_things", List.of(required("name", TEXT), required("description", TEXT),
            optional("properties", JSON))),
    LOCATION("Location", "Locations", "sta_locations", List.of(required("name", TEXT),
            required("description", TEXT), required("encodingType", TEXT), required("location", GEOJSON),
            optional("properties", JSON))),
    HISTORICAL_LOCATION("HistoricalLocation", "HistoricalLocations", "sta_historical_locations",
            List.of(required("time", INSTANT))),
    DATASTREAM("Datastream", "Datastreams", "sta_datastreams", List.of(required("name", TEXT),
            required("description", TEXT), required("unitOfMeasurement", JSON), required("observationType", TEXT),
            optional("observedArea", GEOJSON), optional("phenomenonTime", INTERVAL),
            optional("resultTime", INTERVAL), optional("properties", JSON))),
    SENSOR("Sensor", "Sensors", "sta_sensors", List.of(required("name", TEXT), required("description", TEXT),
            required("encodingType", TEXT), required("metadata", JSON), optional("properties", JSON))),
    OBSERVED_PROPERTY("ObservedProperty", "ObservedProperties", "sta_observed_properties",
            List.of(required("name", TEXT), required("definition", TEXT), required("description", TEXT),
                    optional("properties", JSON))),
    OBSERVATION("Observation", "Observations", "sta_observations", List.of(
            optional("phenomenonTime", INSTANT_OR_INTERVAL), required("result", RESULT),
            optional("resultTime", INSTANT), optional("resultQuality", JSON), optional("validTime", INTERVAL),
            optional("parameters", JSON))),
    FEATURE_OF_INTEREST("FeatureOfInterest", "FeaturesOfInterest", "sta_features", List.of(required("name", TEXT),
            required("description", TEXT), required("encodingType", TEXT), required("feature", GEOJSON),
            optional("properties", JSON)));

    private final String singular;
    private final String plural;
    private final String table;
    private final List<Property> properties;

    EntityType(String singular, String plural, String table, List<Property> properties) {
        this.singular = singular;
        this.plural = plural;
        this.table = table;
        this.properties = properties;
    }

    /** The name of one entity ({@code Thing}). */
    public String singular() {
        return singular;
    }

    /** The name of the entity set ({@code Things}). */
    public String plural() {
        return plural;
    }

    public String table() {
        return table;
    }

    public List<Property> properties() {
        return properties;
    }

    /** The navigation properties, in the order the standard lists them. */
    public List<Navigation> navigations() {
        return switch (this) {
            case THING -> List.of(
                    manyByLink("Locations", LOCATION, "sta_thing_locations", "thing_id", "location_id"),
                    many("HistoricalLocations", HISTORICAL_LOCATION, "thing_id"),
                    many("Datastreams", DATASTREAM, "thing_id"));
            case LOCATION -> List.of(
                    manyByLink("Things", THING, "sta_thing_locations", "location_id", "thing_id"),
                    manyByLink("HistoricalLocations", HISTORICAL_LOCATION, "sta_historical_location_locations",
                            "location_id", "historical_location_id"));
            case HISTORICAL_LOCATION -> List.of(
                    one("Thing", THING, "thing_id"),
                    manyByLink("Locations", LOCATION, "sta_historical_location_locations",
                            "historical_location_id", "location_id"));
            case DATASTREAM -> List.of(
                    one("Thing", THING, "thing_id"),
                    one("Sensor", SENSOR, "sensor_id"),
                    one("ObservedProperty", OBSERVED_PROPERTY, "observed_property_id"),
                    many("Observations", OBSERVATION, "datastream_id"));
            case SENSOR -> List.of(many("Datastreams", DATASTREAM, "sensor_id"));
            case OBSERVED_PROPERTY -> List.of(many("Datastreams", DATASTREAM, "observed_property_id"));
            case OBSERVATION -> List.of(
                    one("Datastream", DATASTREAM, "datastream_id"),
                    one("FeatureOfInterest", FEATURE_OF_INTEREST, "feature_id"));
            case FEATURE_OF_INTEREST -> List.of(many("Observations", OBSERVATION, "feature_id"));
        };
    }

    public Optional<Property> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Navigation> navigation(String name) {
        return navigations().stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** The type whose entity set is called {@code plural}. */
    public static Optional<EntityType> ofPlural(String plural) {
        for (EntityType type : values()) {
            if (type.plural.equals(plural)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static Navigation one(String name, EntityType target, String column) {
        return new Navigation(name, target, Link.FOREIGN_KEY, column, null, null, true);
    }

    private static Navigation many(String name, EntityType target, String column) {
        return new Navigation(name, target, Link.REVERSE_KEY, column, null, null, false);
    }

    private static Navigation manyByLink(String name, EntityType target, String table, String column,
            String otherColumn) {
        return new Navigation(name, target, Link.LINK_TABLE, column, table, otherColumn, false);
    }
}
