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
