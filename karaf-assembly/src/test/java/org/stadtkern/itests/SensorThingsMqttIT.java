package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The SensorThings MQTT extension (section 14): Observations created by publishing to
 * {@code v1.1/Datastreams(id)/Observations} and {@code v1.1/Observations}; subscribers of entity
 * sets, entities, collections and properties notified of creates and changes (with {@code $select}:
 * only the selected properties; deep-inserted entities too); bad messages
 * dead-lettered with the reason, nothing stored from them.
 */
public class SensorThingsMqttIT extends StadtkernTestSupport {

    @Test
    public void createBySubscribingAndPublishing() throws Exception {
        long thing = SensorThingsHttpIT.createStation("MQTT station " + UUID.randomUUID());
        long datastream = SensorThingsHttpIT.firstId("/sta/v1.1/Things(" + thing + ")/Datastreams");
        String collection = "v1.1/Datastreams(" + datastream + ")/Observations";
        try (Subscriber subscriber = new Subscriber(collection, "v1.1/Things(" + thing + ")/name")) {
            publish(collection, "{\"phenomenonTime\": \"2026-11-22T09:00:00Z\", \"result\": 12.5}");
            JsonNode created = subscriber.next(collection);
            assertEquals(12.5, created.get("result").asDouble(), 0.0);
            assertEquals("2026-11-22T09:00:00.000Z", created.get("phenomenonTime").asText());
            assertTrue(created.get("@iot.selfLink").asText().endsWith("/v1.1/Observations(" + created.get("@iot.id")
                    + ")"));
            Response read = get("/sta/v1.1/Observations(" + created.get("@iot.id") + ")/result/$value");
            assertEquals("12.5", read.body());

            publish("v1.1/Observations", "{\"phenomenonTime\": \"2026-11-22T08:00:00Z\", \"result\": \"dry\", "
                    + "\"Datastream\": {\"@iot.id\": " + datastream + "}}");
            assertEquals("dry", subscriber.next(collection).get("result").asText());

            Thread.sleep(2_000); // the retained latest message is renewed at most once a second
            try (Subscriber display = new Subscriber("v1.1/Datastreams(" + datastream + ")/latest")) {
                assertEquals("a display gets the newest Observation by phenomenonTime (not the later 'dry', which "
                        + "was measured earlier), retained", 12.5, display.next("v1.1/Datastreams(" + datastream
                        + ")/latest").get("result").asDouble(), 0.0);
            }

            Response renamed = http("PATCH", "/sta/v1.1/Things(" + thing + ")", "application/json",
                    "{\"name\": \"Renamed station\"}".getBytes(StandardCharsets.UTF_8));
            assertEquals(renamed.body(), 200, renamed.status());
            assertEquals(Map.of("name", "Renamed station"), JSON.convertValue(
                    subscriber.next("v1.1/Things(" + thing + ")/name"), Map.class));
        }
    }

    @Test
    public void subscriptionsWithSelectGetOnlyTheSelectedProperties() throws Exception {
        long thing = SensorThingsHttpIT.createStation("MQTT select " + UUID.randomUUID());
        long datastream = SensorThingsHttpIT.firstId("/sta/v1.1/Things(" + thing + ")/Datastreams");
        String collection = "v1.1/Datastreams(" + datastream + ")/Observations";
        String selected = collection + "?$select=result,phenomenonTime";
        String thingNames = "v1.1/Things?$select=id,name";
        String unknown = collection + "?$select=result,noSuchProperty";
        String otherOption = collection + "?$filter=result gt 1";
        String garbage = collection + "?$select=" + "(".repeat(5_000);
        try (Subscriber subscriber = new Subscriber(collection, selected, thingNames, unknown, otherOption, garbage)) {
            Response created = http("POST", "/sta/" + collection, "application/json",
                    "{\"phenomenonTime\": \"2026-11-22T10:00:00Z\", \"result\": 7}".getBytes(StandardCharsets.UTF_8));
            assertEquals(created.body(), 201, created.status());
            // section 14.2.2: only the selected properties
            assertEquals(JSON.readTree("{\"result\": 7, \"phenomenonTime\": \"2026-11-22T10:00:00.000Z\"}"),
                    subscriber.next(selected));
            assertEquals(created.json(), subscriber.next(collection));

            long other = SensorThingsHttpIT.createStation("MQTT select other");
            assertEquals(JSON.readTree("{\"@iot.id\": " + other + ", \"name\": \"MQTT select other\"}"),
                    subscriber.next(thingNames));
            Thread.sleep(1_000);
            assertFalse("nothing for a $select of unknown names, other options or garbage: " + subscriber.topics(),
                    subscriber.topics().contains(unknown) || subscriber.topics().contains(otherOption)
                            || subscriber.topics().contains(garbage));
        }
    }

    @Test
    public void entitiesCreatedByDeepInsertAreNotified() throws Exception {
        try (Subscriber subscriber = new Subscriber("v1.1/Datastreams", "v1.1/Sensors", "v1.1/Observations")) {
            long thing = SensorThingsHttpIT.createStation("MQTT deep insert " + UUID.randomUUID());
            long datastream = SensorThingsHttpIT.firstId("/sta/v1.1/Things(" + thing + ")/Datastreams");
            JsonNode notified = subscriber.next("v1.1/Datastreams");
            assertEquals(datastream, notified.get("@iot.id").asLong());
            assertEquals("Air temperature", notified.get("name").asText());
            assertEquals("PT100", subscriber.next("v1.1/Sensors").get("name").asText());
            // the demo city publishes Observations all the time: only the station's own (from 06:00 and 07:00)
            Predicate<JsonNode> ours = json -> Set.of("2026-11-22T06:00:00.000Z", "2026-11-22T07:00:00.000Z")
                    .contains(json.path("phenomenonTime").asText());
            // both, in either order: the standard does not order the notifications of one deep insert
            Set<Double> results = Set.of(subscriber.next("v1.1/Observations", ours).get("result").asDouble(),
                    subscriber.next("v1.1/Observations", ours).get("result").asDouble());
            assertEquals(Set.of(3.5, 4.25), results);
        }
    }

    @Test
    public void badMessagesAreDeadLetteredWithTheirReason() throws Exception {
        long thing = SensorThingsHttpIT.createStation("MQTT bad input " + UUID.randomUUID());
        long datastream = SensorThingsHttpIT.firstId("/sta/v1.1/Things(" + thing + ")/Datastreams");
        String collection = "v1.1/Datastreams(" + datastream + ")/Observations";
        long before = SensorThingsHttpIT.count("/sta/v1.1/Datastreams(" + datastream + ")/Observations");
        publish(collection, "{\"result\": 1,");
        publish(collection, "{\"phenomenonTime\": \"yesterday\", \"result\": 1}");
        publish(collection, "{\"noResult\": true}");
        publish("v1.1/Datastreams(999999999)/Observations", "{\"result\": 1}");
        publish(collection, "{\"result\": \"x'); drop table sta_observations; --\", \"parameters\": 5}");
        publish(EMBEDDED_BROKER, "sensor", collection, ("{\"result\": \"" + "x".repeat(1_100_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        await("six dead letters", 30, () -> deadLetters(collection, "v1.1/Datastreams(999999999)/Observations") >= 6);
        JsonNode letters = getAsOperator("/api/dead-letters?limit=50").json();
        String reasons = letters.toString();
        assertTrue(reasons, reasons.contains("not valid JSON"));
        assertTrue(reasons, reasons.contains("ISO 8601"));
        assertTrue(reasons, reasons.contains("needs 'result'") || reasons.contains("no property 'noResult'"));
        assertTrue(reasons, reasons.contains("no Datastream 999999999"));
        assertTrue(reasons, reasons.contains("must be a JSON object"));
        assertTrue(reasons, reasons.contains("larger than"));
        assertEquals(before, SensorThingsHttpIT.count("/sta/v1.1/Datastreams(" + datastream + ")/Observations"));
    }

    /**
     * A gateway of another municipality publishes into one of our Datastreams: the message is its
     * tenant's, for which that Datastream does not exist, so nothing is stored; our own sensor's is.
     */
    @Test
    public void aSensorOfAnotherTenantCannotWriteIntoOurDatastreams() throws Exception {
        long thing = SensorThingsHttpIT.createStation("MQTT tenancy " + UUID.randomUUID());
        long datastream = SensorThingsHttpIT.firstId("/sta/v1.1/Things(" + thing + ")/Datastreams");
        String collection = "v1.1/Datastreams(" + datastream + ")/Observations";
        String observations = "/sta/v1.1/Datastreams(" + datastream + ")/Observations";
        long before = SensorThingsHttpIT.count(observations);
        ensureUser("sensor-bottrop", "mqtt-writer", "tenant.bottrop");
        publish(EMBEDDED_BROKER, "sensor-bottrop", collection, "{\"result\": 7}".getBytes(StandardCharsets.UTF_8));
        publish(collection, "{\"result\": 8}");
        await("our sensor's observation stored", 30, () -> SensorThingsHttpIT.count(observations) == before + 1);
        Thread.sleep(2_000);
        assertEquals("nothing of the other tenant's", before + 1, SensorThingsHttpIT.count(observations));
        JsonNode newest = getAsOperator(observations + "?$orderby=id%20desc&$top=1").json().get("value").get(0);
        assertEquals(8, newest.get("result").asInt());
    }

    private static long deadLetters(String... sources) {
        JsonNode letters = getAsOperator("/api/dead-letters?limit=100").json();
        long count = 0;
        for (JsonNode letter : letters) {
            for (String source : sources) {
                if (source.equals(letter.path("source").asText())) {
                    count++;
                }
            }
        }
        return count;
    }

    /** A client subscribed to topics, collecting what arrives. */
    static final class Subscriber implements AutoCloseable {

        private final MqttClient client;
        private final List<Map.Entry<String, JsonNode>> received = new ArrayList<>();
        private final Set<String> arrived = ConcurrentHashMap.newKeySet();

        /** A user of the default tenant who may read its internal data and subscribe (SovereigntyMqttIT). */
        static final String MONITOR = "it-monitor";

        Subscriber(String... topics) throws Exception {
            client = new MqttClient(EMBEDDED_BROKER, "it-sub-" + UUID.randomUUID(), new MemoryPersistence());
            MqttConnectionOptions options = new MqttConnectionOptions();
            ensureUser(MONITOR, "mqtt-reader", "reader");
            options.setUserName(MONITOR);
            options.setPassword(MONITOR.getBytes(StandardCharsets.UTF_8));
            client.setCallback((OnMessage) (topic, message) -> {
                arrived.add(topic);
                JsonNode json = JSON.readTree(message.getPayload());
                if (json.has("@iot.id") || json.size() == 1 && !json.has("result") || topic.contains("?")) {
                    synchronized (received) {
                        received.add(Map.entry(topic, json));
                    }
                }
            });
            client.connect(options);
            for (String topic : topics) {
                client.subscribe(topic, 1);
            }
        }

        /** The next notification on a topic (a client's own publication there is skipped). */
        JsonNode next(String topic) throws InterruptedException {
            return next(topic, json -> true);
        }

        /** The first notification not yet taken on a topic that matches (others stay for later calls). */
        JsonNode next(String topic, Predicate<JsonNode> matching) throws InterruptedException {
            long end = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < end) {
                synchronized (received) {
                    for (Iterator<Map.Entry<String, JsonNode>> i = received.iterator(); i.hasNext();) {
                        Map.Entry<String, JsonNode> message = i.next();
                        if (message.getKey().equals(topic) && matching.test(message.getValue())) {
                            i.remove();
                            return message.getValue();
                        }
                    }
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no notification on " + topic);
        }

        /** Every topic a message arrived on so far. */
        Set<String> topics() {
            return Set.copyOf(arrived);
        }

        @Override
        public void close() throws Exception {
            client.disconnect();
            client.close();
        }
    }
}
