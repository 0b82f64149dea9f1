package org.stadtkern.core.api.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** MQTT input binds each message strictly and names what is wrong, as an attacker's messages need. */
class MqttInputTest {

    record Reading(String sensor, Instant time, int count) {
    }

    private static Reading bind(String json) {
        return MqttInput.bind(json.getBytes(StandardCharsets.UTF_8), Reading.class, 256);
    }

    private static String refused(String json) {
        return assertThrows(IllegalArgumentException.class, () -> bind(json)).getMessage();
    }

    @Test
    void aGoodMessageIsBound() {
        assertEquals(new Reading("door-1", Instant.parse("2026-12-01T08:00:00Z"), 3),
                bind("{\"sensor\": \"door-1\", \"time\": \"2026-12-01T08:00:00Z\", \"count\": 3}"));
    }

    @Test
    void hostileMessagesAreRefusedWithTheirReason() {
        assertEquals("empty message", assertThrows(IllegalArgumentException.class,
                () -> MqttInput.bind(new byte[0], Reading.class, 256)).getMessage());
        assertEquals("message larger than 256 bytes", refused("{\"sensor\": \"" + "x".repeat(300) + "\"}"));
        assertTrue(refused("{\"sensor\": \"x'); drop table t; --\"").startsWith("not JSON"));
        assertTrue(refused("[1, 2]").contains("Reading"), "an array where an object belongs");
        assertEquals("unknown field 'admin'", refused("{\"sensor\": \"s\", \"count\": 1, \"admin\": true}"));
        assertTrue(refused("{\"sensor\": \"s\", \"count\": 1.5}").startsWith("'count': "), "a fraction");
        assertTrue(refused("{\"sensor\": \"s\", \"count\": [1]}").startsWith("'count': "), "an array");
        assertTrue(refused("{\"sensor\": \"s\", \"count\": 99999999999}").contains("out of range"), "too big");
        assertTrue(refused("{\"sensor\": \"s\", \"time\": \"yesterday\", \"count\": 1}").startsWith("'time': "));
        assertTrue(refused("{\"sensor\": \"s\"}").contains("count"), "a missing number");
        assertTrue(refused("{\"sensor\": \"s\", \"count\": 1} {\"sensor\": \"t\"}").length() > 0, "two documents");
        assertEquals("unknown field '" + "k".repeat(40) + "...'", refused("{\"count\": 1, \"" + "k".repeat(100)
                + "\": 1}"));
    }
}
