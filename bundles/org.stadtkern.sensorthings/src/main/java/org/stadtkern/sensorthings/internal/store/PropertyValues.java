package org.stadtkern.sensorthings.internal.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Property;
import org.stadtkern.sensorthings.internal.model.PropertyKind;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.Times;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks a property value from a request body and converts it to what {@link Columns#bind} stores. */
final class PropertyValues {

    static final int MAX_TEXT = 8192;
    static final int MAX_JSON = 65_536;
    private static final Set<String> OBJECTS = Set.of("properties", "unitOfMeasurement", "parameters");
    /** Datastream times are kept by the service from its Observations; a client's values are ignored. */
    private static final Set<String> DATASTREAM_READ_ONLY = Set.of("phenomenonTime", "resultTime");
    private static final Set<String> GEOJSON_TYPES = Set.of("application/geo+json", "application/vnd.geo+json");

    private PropertyValues() {
    }

    /**
     * The checked values of a create ({@code all}: every property, missing ones null; required ones
     * must be there) or of an update (only the properties given). A Datastream's time spans are kept
     * by the service and ignored here; an Observation's phenomenonTime may be missing (it defaults to
     * the time of arrival).
     */
    static Map<String, Object> of(EntityType type, JsonNode body, boolean all) throws QueryException {
        Map<String, Object> values = new HashMap<>();
        String encodingType = body.path("encodingType").isTextual() ? body.get("encodingType").textValue() : null;
        for (Property property : type.properties()) {
            if (type == EntityType.DATASTREAM && DATASTREAM_READ_ONLY.contains(property.name())) {
                continue;
            }
            JsonNode value = body.get(property.name());
            if (value != null) {
                values.put(property.name(), parse(property, value, encodingType));
            } else if (all) {
                boolean defaulted = type == EntityType.OBSERVATION && "phenomenonTime".equals(property.name());
                if (property.required() && !defaulted) {
                    throw new QueryException("The " + type.singular() + " needs '" + property.name() + "'.");
                }
                values.put(property.name(), null);
            }
        }
        return values;
    }

    /** The value to store; {@code encodingType} decides whether a location or feature must be GeoJSON. */
    static Object parse(Property property, JsonNode value, String encodingType) throws QueryException {
        String name = property.name();
        if (value == null || value.isNull()) {
            if (property.required() && !"result".equals(name)) {
                throw new QueryException("'" + name + "' must not be null.");
            }
            return property.kind() == PropertyKind.RESULT ? value : null;
        }
        return switch (property.kind()) {
            case TEXT -> text(name, value);
            case JSON, RESULT -> json(name, value);
            case GEOJSON -> geoJson(name, value, encodingType);
            case INSTANT -> Times.instant(text(name, value));
            case INTERVAL -> Times.interval(text(name, value));
            case INSTANT_OR_INTERVAL -> {
                String text = text(name, value);
                yield text.contains("/") ? Times.interval(text) : Times.instant(text);
            }
        };
    }

    private static String text(String name, JsonNode value) throws QueryException {
        if (!value.isTextual()) {
            throw new QueryException("'" + name + "' must be a string.");
        }
        if (value.textValue().length() > MAX_TEXT) {
            throw new QueryException("'" + name + "' is longer than " + MAX_TEXT + " characters.");
        }
        return value.textValue();
    }

    private static JsonNode json(String name, JsonNode value) throws QueryException {
        if (OBJECTS.contains(name) && !value.isObject()) {
            throw new QueryException("'" + name + "' must be a JSON object.");
        }
        if (value.toString().length() > MAX_JSON) {
            throw new QueryException("'" + name + "' is larger than " + MAX_JSON + " characters of JSON.");
        }
        if (!finite(value)) {
            throw new QueryException("'" + name + "' holds a number outside the range of a double (such as "
                    + "1e999), which no client could read back.");
        }
        return value;
    }

    /** Whether every number in the value is a finite double (JSON itself knows no infinity). */
    private static boolean finite(JsonNode value) {
        if (value.isNumber()) {
            return value.isIntegralNumber() && value.canConvertToLong() || Double.isFinite(value.doubleValue());
        }
        if (value.isContainerNode()) {
            for (JsonNode child : value) {
                if (!finite(child)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static JsonNode geoJson(String name, JsonNode value, String encodingType) throws QueryException {
        if (encodingType == null || GEOJSON_TYPES.contains(encodingType)) {
            if (!value.isObject()) {
                throw new QueryException("'" + name + "' must be a GeoJSON object.");
            }
            try {
                Geometries.geoJson(value);
            } catch (QueryException e) {
                throw new QueryException("'" + name + "' is not valid GeoJSON: " + e.getMessage());
            }
        }
        return value;
    }
}
