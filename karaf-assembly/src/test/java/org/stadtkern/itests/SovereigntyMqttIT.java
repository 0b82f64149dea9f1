package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.junit.Test;

/**
 * Data sovereignty on the embedded broker: SensorThings notifications of an open dataset reach every
 * subscriber, those of an internal dataset only its tenant's users; wildcard subscriptions
 * ({@code #}, {@code v1.1/#}) of a display without a role or of another tenant's user receive
 * nothing hidden, neither live nor retained, and a sensor that marks its own message as open gains
 * nothing.
 */
public class SovereigntyMqttIT extends StadtkernTestSupport {


    @Test
    public void wildcardSubscriptionsReceiveOnlyWhatTheirUserMayRead() throws Exception {
        ensureUser("ob-monitor", "mqtt-reader", "reader");
        ensureUser("du-monitor", "mqtt-reader", "reader", "tenant.duisburg");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long open = SovereigntyIT.datastreamOf(SovereigntyIT.station("Open MQTT " + tag, "environment"));
        long internal = SovereigntyIT.datastreamOf(SovereigntyIT.station("Internal MQTT " + tag, "counts-" + tag));

        try (Collector display = new Collector("display", "#", "v1.1/#");
                Collector otherTenant = new Collector("du-monitor", "v1.1/#");
                Collector member = new Collector("ob-monitor", "v1.1/#")) {
            observe(open, 111.25);
            observe(internal, 222.75);
            forge(internal, 333.5);

            await("the tenant's user gets both notifications", 20, () -> member.contains("111.25")
                    && member.contains("222.75"));
            await("the display gets the open one", 20, () -> display.contains("111.25"));
            await("another tenant's user gets the open one", 20, () -> otherTenant.contains("111.25"));
            sleep(2_000);
            for (Collector outsider : new Collector[] {display, otherTenant}) {
                assertFalse("nothing of the internal Datastream: " + outsider, outsider.contains("222.75")
                        || outsider.contains("Datastreams(" + internal + ")"));
                assertFalse("no forged message: " + outsider, outsider.contains("333.5"));
            }
        }

        // retained: the newest Observation of each Datastream, for displays that subscribe later
        try (Collector late = new Collector("display", "v1.1/Datastreams(" + open + ")/latest",
                "v1.1/Datastreams(" + internal + ")/latest", "v1.1/+/latest", "v1.1/#");
                Collector lateMember = new Collector("ob-monitor", "v1.1/Datastreams(" + internal + ")/latest")) {
            String internalLatest = "v1.1/Datastreams(" + internal + ")/latest ";
            await("the open Datastream's retained latest", 20, () -> late.contains("v1.1/Datastreams(" + open
                    + ")/latest "));
            await("the member gets the internal retained latest", 20, () -> lateMember.contains(internalLatest));
            sleep(1_000);
            assertFalse("no retained message of the internal Datastream: " + late, late.contains(internalLatest));
        }
        assertEquals("the runtime keeps running", 200, get("/health").status());
    }

    private static void observe(long datastream, double result) {
        Response created = http("POST", STA + "/Datastreams(" + datastream + ")/Observations", "application/json",
                ("{\"result\": " + result + "}").getBytes(StandardCharsets.UTF_8));
        assertEquals(created.body(), 201, created.status());
    }

    /** A sensor publishes to the internal Datastream and claims its message is for everyone. */
    private static void forge(long datastream, double result) throws Exception {
        publish(EMBEDDED_BROKER, "sensor", "v1.1/Datastreams(" + datastream + ")/Observations",
                ("{\"result\": " + result + "}").getBytes(StandardCharsets.UTF_8),
                Map.of("stadtkern-audience", "open"));
    }

    /** An MQTT client of a user that records every message (topic and payload) it receives. */
    private static final class Collector implements AutoCloseable {

        private final MqttClient client;
        private final List<String> messages = new ArrayList<>();
        private final String user;

        Collector(String user, String... topics) throws Exception {
            this.user = user;
            client = new MqttClient(EMBEDDED_BROKER, "it-collect-" + UUID.randomUUID(), new MemoryPersistence());
            MqttConnectionOptions options = new MqttConnectionOptions();
            options.setUserName(user);
            options.setPassword(user.getBytes(StandardCharsets.UTF_8));
            client.setCallback((OnMessage) (topic, message) -> {
                synchronized (messages) {
                    messages.add(topic + " " + new String(message.getPayload(), StandardCharsets.UTF_8));
                }
            });
            client.connect(options);
            for (String topic : topics) {
                client.subscribe(topic, 1);
            }
        }

        boolean contains(String text) {
            synchronized (messages) {
                return messages.stream().anyMatch(m -> m.contains(text));
            }
        }

        @Override
        public String toString() {
            synchronized (messages) {
                return user + " received " + messages.size() + ": " + messages.stream().limit(20).toList();
            }
        }

        @Override
        public void close() throws Exception {
            client.disconnect();
            client.close();
        }
    }
}
