package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Sensor data published to the embedded broker is stored in H2 and served over HTTP. */
public class MqttIngestIT extends StadtkernTestSupport {

    @Test
    public void observationPublishedOverMqttIsServedOverHttp() throws Exception {
        String datastream = unique("it.ingest");
        publish(TOPIC_ROOT + datastream, "{\"phenomenonTime\":\"2026-11-22T10:15:00+01:00\",\"result\":21.5}");

        await("observation stored", 20, () -> observations(datastream).size() == 1);
        JsonNode observation = observations(datastream).get(0);
        assertEquals(21.5, observation.get("result").asDouble(), 0.0);
        assertEquals(datastream, observation.get("datastream").asText());
        assertTrue(observation.get("phenomenonTime").asText().startsWith("2026-11-22T"));
    }

    @Test
    public void brokerAcceptsOnlyUsersOfTheKarafRealm() {
        try {
            publish(EMBEDDED_BROKER, "intruder", TOPIC_ROOT + "it.intruder", "{\"result\": 1}".getBytes());
            fail("unknown user was accepted");
        } catch (MqttException e) {
            assertTrue(e.toString(), e.getReasonCode() == 134 || e.getReasonCode() == 135);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void demoCityPublishesLiveData() {
        await("demo data from Oberhausen", 30,
                () -> observations("oberhausen.altmarkt.air-temperature").size() >= 1);
        JsonNode reading = observations("oberhausen.altmarkt.air-temperature").get(0);
        assertEquals(51.47, reading.get("parameters").get("latitude").asDouble(), 0.01);
    }

    @Test
    public void consoleShowsBrokerDatabaseAndMeasures() throws Exception {
        String status = console("stadtkern:status");
        assertTrue(status, status.contains("broker   UP"));
        assertTrue(status, status.contains("database UP"));
        assertTrue(status, status.contains("platform"));
        String routes = console("stadtkern:routes");
        assertTrue(routes, routes.contains("platform.ingest"));
        assertTrue(routes, routes.contains("Started"));
    }
}
