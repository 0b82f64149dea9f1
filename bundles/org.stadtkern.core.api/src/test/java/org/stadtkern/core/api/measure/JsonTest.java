package org.stadtkern.core.api.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

/** The kit's JSON mapping: strict payload records, ISO 8601 times, and nothing to reconfigure. */
class JsonTest {

    /** A payload as a measure would bind it. */
    record Reading(String sensor, Instant time, int count) {
    }

    @Test
    void aPayloadBindsToItsRecord() throws Exception {
        Reading reading = Json.strictReader(Reading.class)
                .readValue("{\"sensor\": \"door-1\", \"time\": \"2026-12-01T08:00:00Z\", \"count\": 3}");
        assertEquals(new Reading("door-1", Instant.parse("2026-12-01T08:00:00Z"), 3), reading);
    }

    @Test
    void unknownFieldsWrongTypesAndTrailingGarbageAreRefusedNamingTheField() {
        JsonProcessingException unknown = assertThrows(JsonProcessingException.class, () -> Json
                .strictReader(Reading.class).readValue("{\"sensor\": \"s\", \"count\": 1, \"admin\": true}"));
        assertTrue(unknown.getMessage().contains("\"admin\""), unknown.getMessage());
        JsonProcessingException wrongType = assertThrows(JsonProcessingException.class, () -> Json
                .strictReader(Reading.class).readValue("{\"sensor\": \"s\", \"count\": \"many\"}"));
        assertTrue(wrongType.getMessage().contains("count"), wrongType.getMessage());
        assertThrows(JsonProcessingException.class, () -> Json.strictReader(Reading.class)
                .readValue("{\"sensor\": \"s\", \"count\": 1} {\"again\": 1}"));
        assertThrows(JsonProcessingException.class, () -> Json.strictReader(Reading.class)
                .readValue("{\"sensor\": \"s\", \"count\": null}"));
    }

    @Test
    void timesAreWrittenAsIsoText() throws Exception {
        assertEquals("{\"at\":\"2026-12-01T08:00:00Z\"}",
                Json.writer().writeValueAsString(Map.of("at", Instant.parse("2026-12-01T08:00:00Z"))));
        assertEquals("2026-12-01T08:00:00Z", Json.tree(Map.of("at", Instant.parse("2026-12-01T08:00:00Z")))
                .get("at").asText());
    }
}
