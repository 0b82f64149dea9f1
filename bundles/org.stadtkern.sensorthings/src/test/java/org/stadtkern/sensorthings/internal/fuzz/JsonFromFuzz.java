package org.stadtkern.sensorthings.internal.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON built from fuzz data, so that the fuzzer reaches the checks behind the JSON syntax at once:
 * objects with the names of SensorThings properties and links (and any others), values of every JSON
 * kind, times and geometries in the forms clients send, numbers at the edges of the finite range.
 */
final class JsonFromFuzz {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] NAMES = {"name", "description", "properties", "encodingType", "location",
        "feature", "metadata", "definition", "unitOfMeasurement", "observationType", "observedArea",
        "phenomenonTime", "resultTime", "validTime", "result", "resultQuality", "parameters", "time",
        "@iot.id", "Datastream", "Thing", "Sensor", "ObservedProperty", "FeatureOfInterest", "Locations",
        "Observations", "type", "coordinates", "op", "path", "from", "value", "dataset"};
    private static final String[] TEXTS = {"2026-11-22T06:00:00Z", "2026-11-22T06:00:00Z/2026-11-22T07:00:00Z",
        "2026-11-22T06:00:00+01:00", "P1D", "application/geo+json", "application/vnd.geo+json", "Point",
        "Polygon", "LineString", "/name", "/properties/owner", "/properties/floors/0", "/properties/floors/-",
        "add", "remove", "replace", "move", "copy", "test", "~1", "~0", "", "NaN", "Infinity", "1e999999999",
        "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement"};
    private static final int MAX_DEPTH = 6;

    private JsonFromFuzz() {
    }

    static JsonNode object(FuzzedDataProvider data) {
        return object(data, 0);
    }

    private static final String[] OPERATIONS = {"add", "remove", "replace", "move", "copy", "test", "other"};
    private static final String[] POINTERS = {"", "/", "/name", "/description", "/properties", "/properties/owner",
        "/properties/floors", "/properties/floors/0", "/properties/floors/2/a", "/properties/floors/-",
        "/properties/floors/99", "/properties/floors/-1", "/properties/floors/01", "/properties/a~1b",
        "/properties/~0", "/properties/~2", "/location", "/@iot.id"};

    /** A JSON Patch: the given value, then operations with paths into a Thing (and beside it). */
    static JsonNode patch(FuzzedDataProvider data, JsonNode first) {
        ArrayNode patch = NODES.arrayNode();
        patch.add(first);
        int operations = data.consumeInt(0, 4);
        for (int i = 0; i < operations; i++) {
            ObjectNode operation = patch.addObject();
            operation.put("op", data.pickValue(OPERATIONS));
            operation.put("path", data.consumeBoolean() ? data.pickValue(POINTERS) : data.consumeString(30));
            if (data.consumeBoolean()) {
                operation.put("from", data.pickValue(POINTERS));
            }
            if (data.consumeBoolean()) {
                operation.set("value", value(data, 1));
            }
        }
        return patch;
    }

    private static ObjectNode object(FuzzedDataProvider data, int depth) {
        ObjectNode object = NODES.objectNode();
        int fields = data.consumeInt(0, 6);
        for (int i = 0; i < fields; i++) {
            String name = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(12);
            object.set(name, value(data, depth + 1));
        }
        return object;
    }

    private static JsonNode value(FuzzedDataProvider data, int depth) {
        int kind = data.consumeInt(0, depth >= MAX_DEPTH ? 5 : 7);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(data.consumeBoolean());
            case 2 -> NODES.numberNode(data.consumeLong());
            case 3 -> NODES.numberNode(data.consumeDouble());
            case 4 -> NODES.textNode(data.pickValue(TEXTS));
            case 5 -> NODES.textNode(data.consumeString(40));
            case 6 -> {
                ArrayNode array = NODES.arrayNode();
                int items = data.consumeInt(0, 5);
                for (int i = 0; i < items; i++) {
                    array.add(value(data, depth + 1));
                }
                yield array;
            }
            default -> object(data, depth);
        };
    }
}
