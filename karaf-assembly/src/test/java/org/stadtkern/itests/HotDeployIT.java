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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Installing, updating and removing one measure at runtime leaves the others running and loses
 * no stored data.
 */
public class HotDeployIT extends StadtkernTestSupport {

    private static final String DEMO_STREAM = "oberhausen.centro.pm10";

    @Inject
    protected FeaturesService features;

    @Test
    public void uninstallAndReinstallOfAFeatureLeavesOthersRunning() throws Exception {
        await("demo data", 30, () -> count(DEMO_STREAM) > 0);
        String datastream = unique("it.hot");
        publish(TOPIC_ROOT + datastream, "{\"result\": 1.0}");
        await("stored", 20, () -> observations(datastream).size() == 1);

        features.uninstallFeature("stadtkern-demo");
        try {
            await("demo measure gone", 30, () -> !get("/health").json().get("measures").has("demo"));
            assertEquals(200, get("/health").status());
            long demoCount = count(DEMO_STREAM);
            publish(TOPIC_ROOT + datastream, "{\"result\": 2.0}");
            await("platform still ingests", 20, () -> observations(datastream).size() == 2);
            sleep(5000);
            assertEquals("demo stopped publishing, its data kept", demoCount, count(DEMO_STREAM));
        } finally {
            features.installFeature("stadtkern-demo");
        }
        long before = count(DEMO_STREAM);
        await("demo measure back", 60, () -> get("/health").json().get("measures").has("demo"));
        await("demo publishes again", 30, () -> count(DEMO_STREAM) > before);
        assertEquals(2, observations(datastream).size());
    }

    @Test
    public void bundleUpdateReplacesOnlyThatBundlesRoutes() throws Exception {
        Bundle platform = bundle("org.stadtkern.platform");
        String datastream = unique("it.update");
        publish(TOPIC_ROOT + datastream, "{\"result\": 1.0}");
        await("stored", 20, () -> observations(datastream).size() == 1);
        Map<String, Long> before = routeUptimes();
        assertTrue(before.toString(), before.containsKey("platform.ingest") && before.containsKey("demo.sensors"));

        long updatedAt = System.currentTimeMillis();
        try (InputStream jar = new FileInputStream(System.getProperty("stadtkern.platformBundle"))) {
            platform.update(jar);
        }
        await("platform routes back", 60, () -> get("/health").status() == 200
                && get("/health").json().get("measures").has("platform"));
        Map<String, Long> after = routeUptimes();
        long elapsed = System.currentTimeMillis() - updatedAt;

        assertTrue("platform.ingest restarted", after.get("platform.ingest") <= elapsed);
        assertTrue("demo.sensors kept running",
                after.get("demo.sensors") >= before.get("demo.sensors") + elapsed - 2000);
        assertTrue("core.dead-letter kept running", after.get("core.dead-letter") > elapsed);
        assertEquals("stored data intact", 1, observations(datastream).size());
        publish(TOPIC_ROOT + datastream, "{\"result\": 2.0}");
        await("updated platform ingests", 20, () -> observations(datastream).size() == 2);
    }

    private static long count(String datastream) {
        for (JsonNode summary : get("/api/datastreams").json()) {
            if (summary.get("name").asText().equals(datastream)) {
                return summary.get("observations").asLong();
            }
        }
        return 0;
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
