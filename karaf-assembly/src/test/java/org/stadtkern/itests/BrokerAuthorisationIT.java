package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.junit.Test;

/**
 * The broker by topic, tried with a sensor's and a display's account as an attacker would: a
 * sensor publishes only to the runtime's input topics, never retained, never on the runtime's
 * output topics (latest values, vehicle loads) or the broker's internal addresses; a forged origin
 * mark does not make its data vanish; a display cannot read the broker's internals.
 */
public class BrokerAuthorisationIT extends StadtkernTestSupport {

    @Test
    public void aSensorPublishesOnlyToInputs() throws Exception {
        long datastream = datastream(unique("it.topics"));
        String create = "v1.1/Datastreams(" + datastream + ")/Observations";
        String latest = "v1.1/Datastreams(" + datastream + ")/latest";
        awaitSettled("sensorthings.mqtt-create");
        // a forged origin mark: the runtime would take it for its own notification and drop it
        assertTrue("input accepted", attempt(create, "{\"result\": 21.5}", false,
                List.of(new UserProperty("stadtkern-origin", "stadtkern"))));
        await("stored despite the forged mark", 30, () -> observations(datastream).size() == 1);
        // outputs and internals, each on a connection of its own (a refusal may end the connection)
        for (String topic : List.of(latest, "hinweg/vehicles/bus-" + UUID.randomUUID(), "$sys/mqtt/sessions",
                "DLQ", "ExpiryQueue", "anything/else")) {
            assertFalse("publish to " + topic, attempt(topic, "{\"result\": 99}", false, List.of()));
        }
        assertFalse("retained on an output", attempt(latest, "{\"result\": 99}", true, List.of()));
        assertFalse("retained on an input", attempt(create, "{\"result\": 98}", true, List.of()));
        assertTrue("the sensor may still publish to the input", attempt(create, "{\"result\": 22.5}", false,
                List.of()));
        await("stored", 30, () -> observations(datastream).size() == 2);
        // what a display gets for the latest value: the runtime's, nothing of the sensor's
        MqttAsyncClient display = connect("display");
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        try {
            display.setCallback((OnMessage) (topic, message) -> received.add(new String(message.getPayload(),
                    StandardCharsets.UTF_8)));
            assertTrue(subscribed(display, latest));
            String value = received.poll(10, TimeUnit.SECONDS);
            assertTrue("the runtime's retained latest value: " + value, value != null
                    && (value.contains("\"result\":21.5") || value.contains("\"result\":22.5")));
            // and then at most its update from the second observation, nothing of the sensor's
            for (String next = received.poll(3, TimeUnit.SECONDS); next != null;
                    next = received.poll(3, TimeUnit.SECONDS)) {
                assertTrue(next, next.contains("\"result\":22.5"));
            }
        } finally {
            close(display);
        }
        assertEquals("the retained publish to the input was not stored", 2, observations(datastream).size());
    }

    @Test
    public void aDisplayCannotReadTheBrokersInternals() throws Exception {
        MqttAsyncClient display = connect("display");
        try {
            for (String topic : List.of("DLQ", "$sys/mqtt/sessions", "$sys/#")) {
                assertFalse("subscribe to " + topic, subscribed(display, topic));
            }
            assertTrue("but to data", subscribed(display, "v1.1/Datastreams(1)/Observations"));
        } finally {
            close(display);
        }
    }

    /**
     * A payload past the broker's packet limit (2 MiB) is refused while the broker decodes it, the
     * runtime's own connections stay up, and the next publish of the same account is stored.
     */
    @Test
    public void aHugePacketIsRefusedByTheBroker() throws Exception {
        long datastream = datastream(unique("it.huge"));
        String create = "v1.1/Datastreams(" + datastream + ")/Observations";
        awaitSettled("sensorthings.mqtt-create");
        String huge = "{\"result\": \"" + "x".repeat(40 * 1024 * 1024) + "\"}";
        long before = residentMB();
        assertFalse("40 MB refused", attempt(create, huge, false, List.of()));
        System.out.printf("40 MB MQTT packet refused; runtime resident %d MB before, %d MB after%n", before,
                residentMB());
        assertEquals(200, get("/health").status());
        assertTrue(attempt(create, "{\"result\": 1.5}", false, List.of()));
        await("stored", 20, () -> observations(datastream).size() == 1);
    }

    /**
     * A display that subscribed with a persistent session and went offline keeps only its newest
     * {@code subscriber.backlog} messages (here 50 of 120), so it cannot fill the broker's memory and
     * paging folder; the runtime's own subscription, which is not limited, stores all 120.
     */
    @Test
    public void anOfflineSubscriberKeepsOnlyItsNewestMessages() throws Exception {
        assertNewestKept(false);
    }

    /**
     * The same while the broker pages that address (as when the runtime lags behind a burst and its
     * input fills the broker's memory): a ring queue does not count paged messages, the backlog bound
     * drops them too.
     */
    @Test
    public void anOfflineSubscriberKeepsOnlyItsNewestMessagesAlsoWhenTheBrokerPages() throws Exception {
        assertNewestKept(true);
    }

    private void assertNewestKept(boolean paging) throws Exception {
        org.osgi.service.cm.Configuration broker = configuration("org.stadtkern.broker");
        java.util.Dictionary<String, Object> before = broker.getProperties();
        java.util.Hashtable<String, Object> limited = new java.util.Hashtable<>();
        limited.put("subscriber.backlog", 50);
        broker.update(limited);
        awaitBacklog(50);
        String clientId = "it-stuck-" + UUID.randomUUID();
        try {
            long datastream = datastream(unique("it.backlog"));
            String topic = topic(datastream);
            awaitSettled("sensorthings.mqtt-create");
            MqttAsyncClient stuck = persistent("display", clientId, true, (OnMessage) (t, message) -> { });
            assertTrue(subscribed(stuck, topic));
            close(stuck);
            org.apache.activemq.artemis.core.server.Queue waiting = paging ? pageFromTheFirstKilobyte(clientId)
                    : null;
            MqttAsyncClient live = connect("display");
            BlockingQueue<String> seen = new LinkedBlockingQueue<>();
            live.setCallback((OnMessage) (t, message) -> seen.add(new String(message.getPayload(),
                    StandardCharsets.UTF_8)));
            assertTrue(subscribed(live, topic));
            MqttAsyncClient sensor = connect("sensor");
            try {
                for (int i = 1; i <= 120; i++) {
                    assertTrue("publish " + i, publish(sensor, topic, "{\"result\": " + i + "}", false, List.of()));
                }
            } finally {
                close(sensor);
            }
            await("the runtime stored all 120", 60, () -> get(STA + "/Datastreams(" + datastream
                    + ")/Observations?$count=true&$top=0").json().path("@iot.count").asInt() == 120);
            await("the last notification sent", 30, () -> seen.stream().anyMatch(m -> m.contains("\"result\":120")));
            close(live);
            if (waiting != null) {
                // the bound drops paged messages every few seconds
                await("at most 50 wait", 30, () -> waiting.getMessageCount() <= 50);
            }

            List<Integer> kept = new java.util.ArrayList<>();
            MqttAsyncClient back = persistent("display", clientId, false, (OnMessage) (t, message) -> {
                java.util.regex.Matcher result = java.util.regex.Pattern.compile("\"result\":(\\d+)")
                        .matcher(new String(message.getPayload(), StandardCharsets.UTF_8));
                if (result.find()) {
                    synchronized (kept) {
                        kept.add(Integer.parseInt(result.group(1)));
                    }
                }
            });
            try {
                await("the backlog delivered", 30, () -> {
                    synchronized (kept) {
                        return kept.contains(120);
                    }
                });
                Thread.sleep(1_000);
                synchronized (kept) {
                    assertEquals("the newest 50 kept: " + kept, java.util.stream.IntStream.rangeClosed(71, 120)
                            .boxed().toList(), kept.stream().sorted().toList());
                }
            } finally {
                close(back);
            }
        } finally {
            if (before == null) {
                broker.delete();
            } else {
                broker.update(before);
            }
            awaitBacklog(10_000);
        }
    }

    /**
     * Makes the broker page the address of the client's subscription once it holds a kilobyte, and
     * read back only ten messages at a time.
     */
    private static org.apache.activemq.artemis.core.server.Queue pageFromTheFirstKilobyte(String clientId) {
        org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(
                BrokerAuthorisationIT.class).getBundleContext();
        org.apache.activemq.artemis.core.server.ActiveMQServer server = context.getService(
                context.getServiceReference(org.apache.activemq.artemis.core.server.ActiveMQServer.class));
        org.apache.activemq.artemis.core.server.Queue queue = server.getPostOffice().getAllBindings()
                .filter(org.apache.activemq.artemis.core.postoffice.impl.LocalQueueBinding.class::isInstance)
                .map(b -> ((org.apache.activemq.artemis.core.postoffice.impl.LocalQueueBinding) b).getQueue())
                .filter(q -> q.getName().toString().startsWith(clientId)).findFirst().orElseThrow();
        // merged with the settings of "#" (AddressSettings are mergeable); a few messages read back from the
        // pages at a time, as when the broker's memory is full (then a ring queue never holds more in memory)
        org.apache.activemq.artemis.core.settings.impl.AddressSettings settings =
                new org.apache.activemq.artemis.core.settings.impl.AddressSettings().setMaxSizeBytes(1024)
                        .setMaxReadPageMessages(10).setMaxReadPageBytes(1024);
        server.getAddressSettingsRepository().addMatch(queue.getAddress().toString(), settings);
        await("the address pages", 30, () -> {
            try {
                org.apache.activemq.artemis.core.paging.PagingStore store = server.getPagingManager()
                        .getPageStore(queue.getAddress());
                return store != null && store.getMaxSize() == 1024;
            } catch (Exception e) {
                return false;
            }
        });
        return queue;
    }

    /** Waits until the broker's backlog bound runs with this limit (a configuration change restarts it). */
    private static void awaitBacklog(int limit) {
        org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(
                BrokerAuthorisationIT.class).getBundleContext();
        org.osgi.service.component.runtime.ServiceComponentRuntime scr = context.getService(
                context.getServiceReference(org.osgi.service.component.runtime.ServiceComponentRuntime.class));
        await("the subscriber backlog is " + limit, 30, () -> scr.getComponentDescriptionDTOs().stream()
                .filter(d -> d.name.equals("org.stadtkern.broker.internal.SubscriberBacklog"))
                .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
                .anyMatch(c -> c.state == org.osgi.service.component.runtime.dto.ComponentConfigurationDTO.ACTIVE
                        && String.valueOf(limit).equals(String.valueOf(c.properties.get("subscriber.backlog")))));
    }

    private static org.osgi.service.cm.Configuration configuration(String pid) throws Exception {
        org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(
                BrokerAuthorisationIT.class).getBundleContext();
        org.osgi.service.cm.ConfigurationAdmin admin = context.getService(context.getServiceReference(
                org.osgi.service.cm.ConfigurationAdmin.class));
        return admin.getConfiguration(pid, null);
    }

    /**
     * A client with a persistent session (kept an hour after it disconnects), started anew or resumed,
     * with its callback before it connects (a resumed session delivers at once).
     */
    private static MqttAsyncClient persistent(String user, String clientId, boolean cleanStart, OnMessage callback)
            throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(EMBEDDED_BROKER, clientId, new MemoryPersistence());
        client.setCallback(callback);
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(user);
        options.setPassword(user.getBytes(StandardCharsets.UTF_8));
        options.setCleanStart(cleanStart);
        options.setSessionExpiryInterval(3600L);
        options.setConnectionTimeout(5);
        client.connect(options).waitForCompletion(10_000);
        return client;
    }

    /** A sensor's publish on a connection of its own: whether the broker accepted it. */
    private static boolean attempt(String topic, String payload, boolean retained, List<UserProperty> properties)
            throws MqttException {
        MqttAsyncClient sensor = connect("sensor");
        try {
            return publish(sensor, topic, payload, retained, properties);
        } finally {
            close(sensor);
        }
    }

    private static MqttAsyncClient connect(String user) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(EMBEDDED_BROKER, "it-" + UUID.randomUUID(),
                new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(user);
        options.setPassword(user.getBytes(StandardCharsets.UTF_8));
        options.setConnectionTimeout(5);
        client.connect(options).waitForCompletion(10_000);
        return client;
    }

    /** Whether the broker acknowledged the QoS 1 publish as accepted. */
    private static boolean publish(MqttAsyncClient client, String topic, String payload, boolean retained,
            List<UserProperty> userProperties) {
        try {
            MqttProperties properties = new MqttProperties();
            properties.setUserProperties(userProperties);
            IMqttToken token = client.publish(topic, new MqttMessage(payload.getBytes(StandardCharsets.UTF_8), 1,
                    retained, properties));
            token.waitForCompletion(10_000);
            int[] codes = token.getReasonCodes();
            return client.isConnected() && (codes == null || codes.length == 0 || codes[0] < 0x80);
        } catch (MqttException e) {
            return false;
        }
    }

    /** Whether the broker granted the subscription. */
    private static boolean subscribed(MqttAsyncClient client, String topic) {
        try {
            IMqttToken token = client.subscribe(topic, 1);
            token.waitForCompletion(10_000);
            int[] codes = token.getReasonCodes();
            return client.isConnected() && codes != null && codes.length > 0 && codes[0] < 0x80;
        } catch (MqttException e) {
            return false;
        }
    }

    private static void close(MqttAsyncClient client) {
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(5000);
            }
            client.close();
        } catch (MqttException e) {
            // closing after the broker disconnected the client
        }
    }
}
