package org.stadtkern.hinweg.internal.ingest;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.stadtkern.hinweg.internal.load.DoorEvent;
import org.stadtkern.core.api.measure.Json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a door event message: a JSON object
 * {@code {"sensor", "vehicle", "trip", "stop", "time", "boardings", "alightings"}}; names the first
 * problem (malformed, missing or unknown fields, negative or implausible counts, a bad time).
 */
public final class DoorEventParser {

    /** The largest message accepted. */
    public static final int MAX_BYTES = 4096;
    /** More passengers than this through one door counter at one stop is a counting fault. */
    public static final int MAX_COUNT = 500;
    private static final Set<String> FIELDS = Set.of("sensor", "vehicle", "trip", "stop", "time", "boardings",
            "alightings");

    private DoorEventParser() {
    }

    public static DoorEvent parse(byte[] payload) {
        JsonNode json = object(payload, FIELDS);
        return new DoorEvent(id(json, "sensor"), id(json, "vehicle"), id(json, "trip"), id(json, "stop"),
                time(json), count(json, "boardings"), count(json, "alightings"));
    }

    /** The message as a JSON object of at most {@link #MAX_BYTES} with only the known fields; else the reason. */
    static JsonNode object(byte[] payload, Set<String> fields) {
        if (payload == null || payload.length == 0) {
            throw new IllegalArgumentException("empty message");
        }
        if (payload.length > MAX_BYTES) {
            throw new IllegalArgumentException("message larger than " + MAX_BYTES + " bytes");
        }
        JsonNode json;
        try {
            json = Json.reader().readTree(payload);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        json.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + (name.length() > 40 ? name.substring(0, 40)
                        : name) + "'");
            }
        });
        return json;
    }

    /** A non-empty id of at most 100 characters without control characters. */
    static String id(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' must be a non-empty string");
        }
        String id = value.asText().trim();
        if (id.length() > 100 || id.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("'" + field + "' is longer than 100 characters or holds control "
                    + "characters");
        }
        return id;
    }

    /** An ISO 8601 instant in field {@code time}. */
    static Instant time(JsonNode json) {
        JsonNode value = json.get("time");
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'time' must be an ISO 8601 instant such as 2026-11-30T08:15:00Z");
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'time' must be an ISO 8601 instant such as 2026-11-30T08:15:00Z");
        }
    }

    private static int count(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("'" + field + "' must be a whole number");
        }
        int count = value.asInt();
        if (count < 0) {
            throw new IllegalArgumentException("'" + field + "' is negative");
        }
        if (count > MAX_COUNT) {
            throw new IllegalArgumentException("'" + field + "' is more than " + MAX_COUNT + ": a counting fault");
        }
        return count;
    }

    /** Refuses a time after the latest acceptable one (a counter's clock running ahead). */
    static void notAfter(Instant time, Instant latest) {
        if (time.isAfter(latest)) {
            throw new IllegalArgumentException("time " + time + " lies in the future");
        }
    }
}
