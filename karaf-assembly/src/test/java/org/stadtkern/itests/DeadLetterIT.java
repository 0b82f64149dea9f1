package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bad MQTT input reaches the dead-letter store with its reason, and the ingest route goes on:
 * the valid message published after all of them is stored.
 */
public class DeadLetterIT extends StadtkernTestSupport {

    @Test
    public void badMessagesAreDeadLetteredAndIngestGoesOn() throws Exception {
        long datastream = datastream(unique("it.dead-letter"));
        String topic = topic(datastream);
        String hostileTopic = "v1.1/x';drop table sta_observations;--/Observations";
        byte[] huge = new byte[1_100_000];
        Arrays.fill(huge, (byte) 'x');

        publish(topic, "{\"result\": 1.0,");
        publish(topic, "{\"result\": 1.0, \"phenomenonTime\": \"yesterday\"}");
        publish(topic, "[1, 2, 3]");
        publish(EMBEDDED_BROKER, "sensor", topic, huge);
        publish(hostileTopic, "{\"result\": 1.0}");
        publish(topic, "{\"result\": 7.0}");

        await("valid message after the bad ones stored", 20, () -> observations(datastream).size() == 1);
        assertEquals(7.0, observations(datastream).get(0).get("result").asDouble(), 0.0);

        assertDeadLetter(topic, "not valid JSON");
        assertDeadLetter(topic, "ISO 8601");
        assertDeadLetter(topic, "must be a JSON object");
        assertDeadLetter(topic, "larger than 1048576 bytes");
        assertDeadLetter(hostileTopic, "not on " + hostileTopic);

        JsonNode health = get("/health").json();
        assertEquals("UP", health.get("measures").get("sensorthings").get("status").asText());
        assertTrue("observations table intact", SensorThingsHttpIT.count(STA + "/Observations") > 0);
    }

    @Test
    public void onlyOperatorsReadDeadLetters() {
        Response anonymous = getAnonymously("/api/dead-letters");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"));
        assertEquals(401, http("GET", "/api/dead-letters", null, null, "intruder").status());
        assertEquals("a sensor may publish, not read rejected payloads", 403,
                http("GET", "/api/dead-letters", null, null, "sensor").status());
        assertEquals(200, getAsOperator("/api/dead-letters").status());
    }

    @Test
    public void oversizedPayloadIsKeptOnlyInPart() throws Exception {
        String topic = topic(datastream(unique("it.big")));
        byte[] huge = "{\"result\": 1}".concat(" ".repeat(1_100_000)).getBytes(StandardCharsets.UTF_8);
        publish(EMBEDDED_BROKER, "sensor", topic, huge);
        await("dead letter", 20, () -> deadLetter(topic, "larger than") != null);
        assertEquals(huge.length, deadLetter(topic, "larger than").get("payloadSize").asInt());
    }

    private static void assertDeadLetter(String source, String reason) {
        await("dead letter '" + reason + "' for " + source, 20, () -> deadLetter(source, reason) != null);
        JsonNode letter = deadLetter(source, reason);
        assertEquals("sensorthings.mqtt-create", letter.get("routeId").asText());
    }

    private static JsonNode deadLetter(String source, String reason) {
        for (JsonNode letter : getAsOperator("/api/dead-letters?limit=1000").json()) {
            if (letter.get("source").asText().equals(source) && letter.get("reason").asText().contains(reason)) {
                return letter;
            }
        }
        return null;
    }
}
