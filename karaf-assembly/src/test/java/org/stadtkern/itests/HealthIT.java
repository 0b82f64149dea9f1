package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import javax.inject.Inject;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import com.fasterxml.jackson.databind.JsonNode;

/** /health says when the broker is down, and recovers with it; ingestion resumes afterwards. */
public class HealthIT extends StadtkernTestSupport {

    @Inject
    protected ServiceComponentRuntime components;

    @Test
    public void healthReflectsStoppedBroker() throws Exception {
        ComponentDescriptionDTO broker = brokerComponent();
        JsonNode up = get("/health").json();
        assertEquals("UP", up.get("broker").get("status").asText());
        assertEquals("UP", up.get("database").get("status").asText());

        components.disableComponent(broker).getValue();
        try {
            await("health reports broker down", 30, () -> {
                Response health = get("/health");
                return health.status() == 503 && "DOWN".equals(health.json().path("broker").path("status").asText());
            });
            JsonNode down = get("/health").json();
            assertEquals("DOWN", down.get("status").asText());
            assertEquals("UP", down.get("database").get("status").asText());
        } finally {
            components.enableComponent(broker).getValue();
        }
        await("health up again", 60, () -> get("/health").status() == 200);

        long datastream = datastream(unique("it.after-broker-restart"));
        await("ingestion resumed", 60, () -> {
            try {
                publish(topic(datastream), "{\"result\": 1.0}");
            } catch (Exception e) {
                return false;
            }
            sleep(1000);
            return observations(datastream).size() >= 1;
        });
    }

    /** The embedded broker's DS component; disabling it stops the broker as an outage would. */
    private ComponentDescriptionDTO brokerComponent() {
        for (ComponentDescriptionDTO component : components.getComponentDescriptionDTOs()) {
            if ("org.apache.activemq.artemis-server-osgi".equals(bundleContext.getBundle(component.bundle.id)
                    .getSymbolicName())) {
                return component;
            }
        }
        throw new AssertionError("embedded broker component not found");
    }

    /**
     * The disk that holds the data, in /health: a warning below the configured share of free space
     * (still UP), DOWN below the minimum; etc/org.stadtkern.disk.cfg changed as an operator would.
     */
    @Test
    public void healthWarnsBeforeTheDiskIsFull() throws Exception {
        JsonNode disk = get("/health").json().path("disk");
        assertEquals("UP", disk.path("status").asText());
        assertTrue(disk.toString(), disk.path("freeMB").asLong() > 0 && disk.path("totalMB").asLong() > 0);
        java.nio.file.Path config = java.nio.file.Paths.get(System.getProperty("karaf.etc"), "org.stadtkern.disk.cfg");
        String original = java.nio.file.Files.readString(config);
        try {
            java.nio.file.Files.writeString(config, original.replace("warning.percent = 10", "warning.percent = 101"));
            await("a warning, still UP", 30, () -> get("/health").json().path("disk").has("warning")
                    && get("/health").status() == 200);
            java.nio.file.Files.writeString(config, original.replace("minimum.mb = 256", "minimum.mb = "
                    + (disk.path("freeMB").asLong() * 1000)));
            await("DOWN below the minimum", 30, () -> get("/health").status() == 503
                    && "DOWN".equals(get("/health").json().path("disk").path("status").asText()));
            assertTrue(get("/health").json().path("disk").path("error").asText().contains("MB free"));
        } finally {
            java.nio.file.Files.writeString(config, original);
        }
        await("UP again", 30, () -> get("/health").status() == 200
                && "UP".equals(get("/health").json().path("disk").path("status").asText()));
    }
}
