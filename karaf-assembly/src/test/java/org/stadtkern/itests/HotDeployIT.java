package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.osgi.framework.Bundle;

/**
 * Installing, updating and removing one measure at runtime leaves the others running and loses
 * no stored data.
 */
public class HotDeployIT extends StadtkernTestSupport {

    @Inject
    protected FeaturesService features;

    @Test
    public void uninstallAndReinstallOfAFeatureLeavesOthersRunning() throws Exception {
        await("demo data", 30, () -> demoCount() > 0);
        long datastream = datastream(unique("it.hot"));
        publish(topic(datastream), "{\"result\": 1.0}");
        await("stored", 20, () -> observations(datastream).size() == 1);

        features.uninstallFeature("stadtkern-demo");
        try {
            await("demo measure gone", 30, () -> !get("/health").json().get("measures").has("demo"));
            assertEquals(200, get("/health").status());
            long demoCount = demoCount();
            publish(topic(datastream), "{\"result\": 2.0}");
            await("platform still ingests", 20, () -> observations(datastream).size() == 2);
            sleep(5000);
            assertEquals("demo stopped publishing, its data kept", demoCount, demoCount());
        } finally {
            features.installFeature("stadtkern-demo");
        }
        long before = demoCount();
        await("demo measure back", 60, () -> get("/health").json().get("measures").has("demo"));
        await("demo publishes again", 30, () -> demoCount() > before);
        assertEquals(2, observations(datastream).size());
    }

    @Test
    public void bundleUpdateReplacesOnlyThatBundlesRoutes() throws Exception {
        Bundle platform = bundle("org.stadtkern.sensorthings");
        long datastream = datastream(unique("it.update"));
        publish(topic(datastream), "{\"result\": 1.0}");
        await("stored", 20, () -> observations(datastream).size() == 1);
        Map<String, Long> before = routeUptimes();
        assertTrue(before.toString(), before.containsKey("sensorthings.mqtt-create")
                && before.containsKey("hinweg.door-events"));

        long updatedAt = System.currentTimeMillis();
        try (InputStream jar = new FileInputStream(System.getProperty("stadtkern.sensorthingsBundle"))) {
            platform.update(jar);
        }
        await("platform routes back", 60, () -> get("/health").status() == 200
                && get("/health").json().get("measures").has("sensorthings"));
        Map<String, Long> after = routeUptimes();
        long elapsed = System.currentTimeMillis() - updatedAt;

        assertTrue("sensorthings.mqtt-create restarted", after.get("sensorthings.mqtt-create") <= elapsed);
        // Hin & Weg uses the platform optionally (a dynamic reference): its counting goes on
        assertTrue("hinweg.door-events kept running",
                after.get("hinweg.door-events") >= before.get("hinweg.door-events") + elapsed - 2000);
        assertTrue("core.dead-letter kept running", after.get("core.dead-letter") > elapsed);
        assertEquals("stored data intact", 1, observations(datastream).size());
        publish(topic(datastream), "{\"result\": 2.0}");
        await("updated platform ingests", 20, () -> observations(datastream).size() == 2);
    }

    /**
     * Hin &amp; Weg removed and installed again while no bus reports (the demo stopped): every vehicle
     * is back in the API with the load it had, and its retained message for displays is there again,
     * before any new door event.
     */
    @Test
    public void aReinstalledMeasureShowsItsVehiclesFromStoredEvents() throws Exception {
        await("demo buses counted", 60, () -> vehicles().size() >= 2);
        features.uninstallFeature("stadtkern-demo");
        try {
            await("demo measure gone", 30, () -> !get("/health").json().get("measures").has("demo"));
            sleep(1000);
            Map<String, String> before = vehicles();
            features.uninstallFeature("stadtkern-hinweg");
            await("Hin & Weg gone", 30, () -> !get("/health").json().get("measures").has("hinweg"));
            features.installFeature("stadtkern-hinweg");
            await("Hin & Weg back", 60, () -> get("/health").status() == 200
                    && get("/health").json().get("measures").has("hinweg"));
            assertEquals("every vehicle with its trip, stop and load", before, vehicles());

            java.util.Set<String> retained = java.util.concurrent.ConcurrentHashMap.newKeySet();
            org.eclipse.paho.mqttv5.client.MqttClient display = new org.eclipse.paho.mqttv5.client.MqttClient(
                    EMBEDDED_BROKER, "it-" + java.util.UUID.randomUUID(),
                    new org.eclipse.paho.mqttv5.client.persist.MemoryPersistence());
            org.eclipse.paho.mqttv5.client.MqttConnectionOptions options =
                    new org.eclipse.paho.mqttv5.client.MqttConnectionOptions();
            options.setUserName("display");
            options.setPassword("display".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            display.setCallback((OnMessage) (topic, message) -> retained.add(topic.substring(topic.lastIndexOf('/')
                    + 1)));
            display.connect(options);
            try {
                display.subscribe("hinweg/vehicles/+", 0);
                await("retained message of every vehicle", 10, () -> retained.containsAll(before.keySet()));
            } finally {
                display.disconnect();
                display.close();
            }
        } finally {
            features.installFeature("stadtkern-hinweg");
            features.installFeature("stadtkern-demo");
            await("demo measure back", 60, () -> get("/health").json().get("measures").has("demo"));
        }
    }

    /** Each vehicle of /api/hinweg/vehicles with its trip, stop and occupancy. */
    private static Map<String, String> vehicles() {
        Map<String, String> vehicles = new java.util.TreeMap<>();
        get("/api/hinweg/vehicles").json().forEach(v -> vehicles.put(v.path("vehicle").asText(),
                v.path("trip").asText() + " " + v.path("stop").asText() + " " + v.path("occupancyStatus").asText()
                        + " " + v.path("occupancyPercentage").asText()));
        return vehicles;
    }

    /** Observations of the demo's PM10 Datastream at Centro. */
    private static long demoCount() {
        long datastream = datastreamNamed("Messstation Neue Mitte / Centro", "Feinstaub PM10");
        return datastream < 0 ? 0 : get(STA + "/Datastreams(" + datastream + ")/Observations?$count=true&$top=0")
                .json().get("@iot.count").asLong();
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("bundle " + symbolicName + " not installed");
    }
}
