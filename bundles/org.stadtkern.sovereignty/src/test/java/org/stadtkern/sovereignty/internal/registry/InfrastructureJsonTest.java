package org.stadtkern.sovereignty.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Registry entries are read as sent when valid; every mistake is named. */
class InfrastructureJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DOOR_COUNTER = """
            {"kind": "sensor", "name": "Door counter bus 4711, door 1", "type": "infrared door counter",
             "owner": "STOAG", "operator": "STOAG", "location": {"type": "Point", "coordinates": [6.85, 51.47]},
             "commissioned": "2026-05-01", "status": "active", "things": [12], "datastreams": [34, 35],
             "datasets": ["passenger-counts"]}""";

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @Test
    void aValidEntryIsReadAndWrittenBack() throws Exception {
        Infrastructure entry = InfrastructureJson.read(json(DOOR_COUNTER));
        assertEquals(Infrastructure.Kind.SENSOR, entry.kind());
        assertEquals(new Infrastructure.Position(6.85, 51.47), entry.location());
        assertEquals(LocalDate.of(2026, 5, 1), entry.commissioned());
        assertEquals(List.of(34L, 35L), entry.datastreams());
        assertEquals(List.of("passenger-counts"), entry.datasets());
        JsonNode written = MAPPER.valueToTree(InfrastructureJson.write(entry.stored(7, "oberhausen")));
        assertEquals(7, written.get("id").asLong());
        assertEquals("sensor", written.get("kind").asText());
        assertEquals(json(DOOR_COUNTER).get("location"), written.get("location"));
    }

    @Test
    void locationDateAndLinksAreOptional() throws Exception {
        Infrastructure planned = InfrastructureJson.read(json("""
                {"kind": "gateway", "name": "LoRaWAN Rathaus", "type": "LoRaWAN gateway", "owner": "Stadt",
                 "operator": "Stadtwerke", "status": "planned"}"""));
        assertNull(planned.location());
        assertNull(planned.commissioned());
        assertTrue(planned.things().isEmpty() && planned.datasets().isEmpty());
    }

    @Test
    void mistakesAreNamed() {
        assertRefused("[]", "JSON object");
        assertRefused(DOOR_COUNTER.replace("\"kind\": \"sensor\"", "\"kind\": \"camera\""), "'kind' must be one of");
        assertRefused(DOOR_COUNTER.replace("\"status\": \"active\"", "\"status\": 1"), "'status' must be");
        assertRefused(DOOR_COUNTER.replace("\"owner\": \"STOAG\", ", ""), "'owner' is required");
        assertRefused(DOOR_COUNTER.replace("STOAG\", \"operator", "x".repeat(201) + "\", \"operator"),
                "longer than 200");
        assertRefused(DOOR_COUNTER.replace("Door counter", "Door\\u0000counter"), "control characters");
        assertRefused(DOOR_COUNTER.replace("[6.85, 51.47]", "[6.85, 91]"), "outside WGS 84");
        assertRefused(DOOR_COUNTER.replace("\"Point\"", "\"Polygon\""), "GeoJSON Point");
        assertRefused(DOOR_COUNTER.replace("2026-05-01", "01.05.2026"), "date");
        assertRefused(DOOR_COUNTER.replace("[34, 35]", "[34, -1]"), "positive ids");
        assertRefused(DOOR_COUNTER.replace("[34, 35]", "[\"34\"]"), "positive ids");
        assertRefused(DOOR_COUNTER.replace("[\"passenger-counts\"]", "[\"x'; drop table y; --\"]"), "dataset names");
        assertRefused(DOOR_COUNTER.replace("\"things\"", "\"secret\""), "Unknown field");
        assertRefused(DOOR_COUNTER.replace("[12]", "[" + "1,".repeat(100) + "1]"), "at most 100");
    }

    private static void assertRefused(String text, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InfrastructureJson.read(json(text)));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
