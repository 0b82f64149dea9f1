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
        String datastream = unique("it.dead-letter");
        String topic = TOPIC_ROOT + datastream;
        byte[] huge = new byte[1024 * 1024];
        Arrays.fill(huge, (byte) 'x');

        publish(topic, "{\"result\": 1.0,");
        publish(topic, "{\"result\": \"warm\"}");
        publish(topic, "{\"result\": 1.0, \"phenomenonTime\": \"yesterday\"}");
        publish(topic, "[1, 2, 3]");
        publish(EMBEDDED_BROKER, "sensor", topic, huge);
        publish(TOPIC_ROOT + datastream + "/extra/levels", "{\"result\": 1.0}");
        publish(TOPIC_ROOT + "x';drop table observations;--", "{\"result\": 1.0}");
        publish(topic, "{\"result\": 7.0}");

        await("valid message after the bad ones stored", 20, () -> observations(datastream).size() == 1);
        assertEquals(7.0, observations(datastream).get(0).get("result").asDouble(), 0.0);

        assertDeadLetter(topic, "payload is not valid JSON");
        assertDeadLetter(topic, "result must be a finite number");
        assertDeadLetter(topic, "phenomenonTime 'yesterday' is not an ISO 8601 date-time");
        assertDeadLetter(topic, "payload must be a JSON object");
        assertDeadLetter(topic, "payload of 1048576 bytes exceeds the limit of 65536");
        assertDeadLetter(topic + "/extra/levels", "unknown topic or datastream");
        assertDeadLetter(TOPIC_ROOT + "x';drop table observations;--", "unknown topic or datastream");

        JsonNode health = get("/health").json();
        assertEquals("UP", health.get("measures").get("platform").get("status").asText());
        assertTrue("observations table intact", get("/api/datastreams").json().size() > 0);
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
        String topic = TOPIC_ROOT + unique("it.big");
        byte[] huge = "{\"result\": 1}".concat(" ".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
        publish(EMBEDDED_BROKER, "sensor", topic, huge);
        await("dead letter", 20, () -> deadLetter(topic, "exceeds the limit") != null);
        assertEquals(huge.length, deadLetter(topic, "exceeds the limit").get("payloadSize").asInt());
    }

    private static void assertDeadLetter(String source, String reason) {
        await("dead letter '" + reason + "' for " + source, 20, () -> deadLetter(source, reason) != null);
        JsonNode letter = deadLetter(source, reason);
        assertEquals("platform.ingest", letter.get("routeId").asText());
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
