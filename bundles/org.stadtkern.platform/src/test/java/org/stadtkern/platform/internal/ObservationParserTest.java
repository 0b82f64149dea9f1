package org.stadtkern.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class ObservationParserTest {

    private final ObservationParser parser = new ObservationParser(1024);

    @Test
    void readsSensorThingsObservation() throws RejectedInput {
        Observation observation = parse("{\"phenomenonTime\":\"2026-11-22T10:00:00+01:00\",\"result\":21.5,"
                + "\"parameters\":{\"unit\":\"Cel\"}}");
        assertEquals("oberhausen", observation.tenant());
        assertEquals("ds", observation.datastream());
        assertEquals(OffsetDateTime.parse("2026-11-22T10:00:00+01:00"), observation.phenomenonTime());
        assertEquals(21.5, observation.result());
        assertEquals("{\"unit\":\"Cel\"}", observation.parameters());
    }

    @Test
    void timeDefaultsToArrival() throws RejectedInput {
        OffsetDateTime before = OffsetDateTime.now();
        Observation observation = parse("{\"result\":1}");
        assertTrue(!observation.phenomenonTime().isBefore(before.minusSeconds(1)));
        assertNull(observation.parameters());
    }

    @Test
    void rejectsWithReasons() {
        assertReason("{\"result\":1", "not valid JSON");
        assertReason("", "payload is empty");
        assertReason("[1]", "must be a JSON object");
        assertReason("{\"result\":\"1\"}", "result must be a finite number");
        assertReason("{\"result\":null}", "result must be a finite number");
        assertReason("{}", "result must be a finite number");
        assertReason("{\"result\":1,\"phenomenonTime\":\"2026-11-22\"}", "is not an ISO 8601 date-time");
        assertReason("{\"result\":1,\"phenomenonTime\":1732269600}", "must be an ISO 8601 date-time string");
        assertReason("{\"result\":1,\"parameters\":[1]}", "parameters must be a JSON object");
        assertReason("{\"result\":1,\"parameters\":" + "{\"a\":".repeat(20) + "1" + "}".repeat(20) + "}",
                "not valid JSON");
        assertReason("{\"result\":1,\"pad\":\"" + "x".repeat(2000) + "\"}", "exceeds the limit of 1024");
    }

    @Test
    void acceptsOnlyPlainDatastreamNames() throws RejectedInput {
        assertEquals("oberhausen.altmarkt.pm10", parser.datastreamOfTopic("root", "root/oberhausen.altmarkt.pm10"));
        for (String topic : new String[] {"root/a/b", "root/", "other/a", "root/x';drop table observations;--",
            "root/.hidden", "root/" + "a".repeat(129), "root/ä"}) {
            assertThrows(RejectedInput.class, () -> parser.datastreamOfTopic("root", topic), topic);
        }
        assertThrows(RejectedInput.class, () -> parser.datastreamOfTopic("root", null));
    }

    private Observation parse(String json) throws RejectedInput {
        return parser.parse("oberhausen", "ds", json.getBytes(StandardCharsets.UTF_8));
    }

    private void assertReason(String json, String reason) {
        RejectedInput rejected = assertThrows(RejectedInput.class, () -> parse(json), json);
        assertTrue(rejected.getMessage().contains(reason), rejected.getMessage() + " / expected: " + reason);
    }
}
