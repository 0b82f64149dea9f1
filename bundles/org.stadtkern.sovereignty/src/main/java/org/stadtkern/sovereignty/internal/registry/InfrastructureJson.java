package org.stadtkern.sovereignty.internal.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Registry entries as JSON: reads and checks what a client sends (naming the first problem), and
 * writes what the API answers. Fields: {@code kind}, {@code name}, {@code type}, {@code owner},
 * {@code operator}, {@code location} (a GeoJSON Point), {@code commissioned} (a date),
 * {@code status}, {@code things}, {@code datastreams} (ids), {@code datasets} (names).
 */
public final class InfrastructureJson {

    static final int TEXT_MAX = 200;
    static final int LINKS_MAX = 100;
    private static final Set<String> FIELDS = Set.of("kind", "name", "type", "owner", "operator", "location",
            "commissioned", "status", "things", "datastreams", "datasets");

    private InfrastructureJson() {
    }

    /** An entry from a client's JSON; throws with the first problem. */
    public static Infrastructure read(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("An infrastructure entry must be a JSON object.");
        }
        json.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("Unknown field '" + shorten(name) + "'; known are " + FIELDS + ".");
            }
        });
        return new Infrastructure(null, null, choice(json, "kind", Infrastructure.Kind.class),
                text(json, "name"), text(json, "type"), text(json, "owner"),
                text(json, "operator"), position(json.get("location")), date(json.get("commissioned")),
                choice(json, "status", Infrastructure.Status.class), ids(json, "things"), ids(json, "datastreams"),
                names(json, "datasets"));
    }

    /** The entry as the API shows it. */
    public static Map<String, Object> write(Infrastructure entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id());
        json.put("tenant", entry.tenant());
        json.put("kind", entry.kind().name().toLowerCase(Locale.ROOT));
        json.put("name", entry.name());
        json.put("type", entry.type());
        json.put("owner", entry.owner());
        json.put("operator", entry.operator());
        json.put("location", entry.location() == null ? null : Map.of("type", "Point", "coordinates",
                List.of(entry.location().longitude(), entry.location().latitude())));
        json.put("commissioned", entry.commissioned() == null ? null : entry.commissioned().toString());
        json.put("status", entry.status().name().toLowerCase(Locale.ROOT));
        json.put("things", entry.things());
        json.put("datastreams", entry.datastreams());
        json.put("datasets", entry.datasets());
        return json;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("'" + field + "' is required.");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' must be a non-empty string.");
        }
        String text = value.asText().strip();
        if (text.length() > TEXT_MAX) {
            throw new IllegalArgumentException("'" + field + "' is longer than " + TEXT_MAX + " characters.");
        }
        if (text.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("'" + field + "' holds control characters.");
        }
        return text;
    }

    private static <E extends Enum<E>> E choice(JsonNode json, String field, Class<E> type) {
        String text = text(json, field);
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT));
            }
            throw new IllegalArgumentException("'" + field + "' must be one of " + allowed + ", not '"
                    + shorten(text) + "'.");
        }
    }

    private static Infrastructure.Position position(JsonNode location) {
        if (location == null || location.isNull()) {
            return null;
        }
        JsonNode coordinates = location.path("coordinates");
        if (!"Point".equals(location.path("type").asText()) || !coordinates.isArray() || coordinates.size() != 2
                || !coordinates.get(0).isNumber() || !coordinates.get(1).isNumber()) {
            throw new IllegalArgumentException("'location' must be a GeoJSON Point: {\"type\": \"Point\", "
                    + "\"coordinates\": [longitude, latitude]}.");
        }
        double longitude = coordinates.get(0).asDouble();
        double latitude = coordinates.get(1).asDouble();
        if (!(Math.abs(longitude) <= 180) || !(Math.abs(latitude) <= 90)) {
            throw new IllegalArgumentException("'location' lies outside WGS 84 (longitude -180..180, latitude "
                    + "-90..90).");
        }
        return new Infrastructure.Position(longitude, latitude);
    }

    private static LocalDate date(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'commissioned' must be a date such as 2026-05-01.");
        }
    }

    private static List<Long> ids(JsonNode json, String field) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode id : list(json, field)) {
            if (!id.canConvertToLong() || !id.isIntegralNumber() || id.asLong() < 1) {
                throw new IllegalArgumentException("'" + field + "' must list positive ids.");
            }
            ids.add(id.asLong());
        }
        return ids;
    }

    private static List<String> names(JsonNode json, String field) {
        List<String> names = new ArrayList<>();
        for (JsonNode name : list(json, field)) {
            if (!name.isTextual() || !name.asText().matches("[A-Za-z0-9][A-Za-z0-9-]{0,99}")) {
                throw new IllegalArgumentException("'" + field + "' must list dataset names (letters, digits, "
                        + "dashes).");
            }
            names.add(name.asText());
        }
        return names;
    }

    private static List<JsonNode> list(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.size() > LINKS_MAX) {
            throw new IllegalArgumentException("'" + field + "' must be an array of at most " + LINKS_MAX
                    + " entries.");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
