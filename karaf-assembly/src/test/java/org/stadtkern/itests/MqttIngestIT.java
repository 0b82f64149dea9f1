package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Sensor data published to the embedded broker is stored in H2 and served over the SensorThings API. */
public class MqttIngestIT extends StadtkernTestSupport {

    @Test
    public void observationPublishedOverMqttIsServedOverHttp() throws Exception {
        long datastream = datastream(unique("it.ingest"));
        publish(topic(datastream), "{\"phenomenonTime\":\"2026-11-22T10:15:00+01:00\",\"result\":21.5}");

        await("observation stored", 20, () -> observations(datastream).size() == 1);
        JsonNode observation = observations(datastream).get(0);
        assertEquals(21.5, observation.get("result").asDouble(), 0.0);
        assertEquals(STA + "/Datastreams(" + datastream + ")", get(observation.get("Datastream@iot.navigationLink")
                .asText().replace(BASE, "")).json().get("@iot.selfLink").asText().replace(BASE, ""));
        assertTrue(observation.get("phenomenonTime").asText().startsWith("2026-11-22T"));
    }

    @Test
    public void brokerAcceptsOnlyUsersOfTheKarafRealm() {
        try {
            publish(EMBEDDED_BROKER, "intruder", "v1.1/Observations", "{\"result\": 1}".getBytes());
            fail("unknown user was accepted");
        } catch (MqttException e) {
            assertTrue(e.toString(), e.getReasonCode() == 134 || e.getReasonCode() == 135);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void demoCityPublishesLiveData() {
        long temperature = datastreamNamed("Messstation Altmarkt", "Lufttemperatur");
        assertTrue("the demo's Datastream at Altmarkt", temperature > 0);
        await("demo data from Oberhausen", 30, () -> observations(temperature).size() >= 1);
        JsonNode feature = get(STA + "/Observations(" + observations(temperature).get(0).get("@iot.id").asLong()
                + ")/FeatureOfInterest").json();
        assertEquals(51.47, feature.get("feature").get("coordinates").get(1).asDouble(), 0.01);
        await("a few readings", 30, () -> observations(temperature).size() >= 3);
        java.util.List<String> times = new java.util.ArrayList<>();
        observations(temperature).forEach(o -> times.add(o.get("phenomenonTime").asText()));
        assertEquals("each reading is stored once: " + times, times.size(), new java.util.HashSet<>(times).size());
    }

    @Test
    public void consoleShowsBrokerDatabaseAndMeasures() throws Exception {
        String status = console("stadtkern:status");
        assertTrue(status, status.contains("broker   UP"));
        assertTrue(status, status.contains("database UP"));
        assertTrue(status, status.contains("sensorthings"));
        String routes = console("stadtkern:routes");
        assertTrue(routes, routes.contains("sensorthings.mqtt-create"));
        assertTrue(routes, routes.contains("Started"));
    }
}
