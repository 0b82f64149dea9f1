package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.Test;

/** Route files in deploy/ start, reload on change, go on delete; broken ones harm nothing. */
public class RouteFileIT extends StadtkernTestSupport {

    /** Karaf's deploy/ folder; read inside the container, where karaf.base is set. */
    private static Path deploy() {
        return Paths.get(System.getProperty("karaf.base"), "deploy");
    }

    @Test
    public void routeFileRunsReloadsAndIsRemoved() throws Exception {
        Path file = deploy().resolve("it-timer.camel.yaml");
        String thing = unique("it.file");
        Files.writeString(file, timerRoute(thing, "plot-1", 23.5));
        await("route file stores data", 30, () -> datastreamNamed(thing, "plot-1") > 0
                && observations(datastreamNamed(thing, "plot-1")).size() > 0);
        long plot1 = datastreamNamed(thing, "plot-1");

        Files.writeString(file, timerRoute(thing, "plot-2", 24.5));
        await("changed route file reloaded", 30, () -> datastreamNamed(thing, "plot-2") > 0
                && observations(datastreamNamed(thing, "plot-2")).size() > 0);
        long plot2 = datastreamNamed(thing, "plot-2");
        assertEquals(24.5, observations(plot2).get(0).get("result").asDouble(), 0.0);
        int plot1Count = observations(plot1).size();
        sleep(1500);
        assertEquals("old route gone after reload", plot1Count, observations(plot1).size());

        Files.delete(file);
        await("route removed", 30, () -> !routes().contains("it.file.timer"));
        int plot2Count = observations(plot2).size();
        sleep(1500);
        assertEquals("no data after delete", plot2Count, observations(plot2).size());
    }

    @Test
    public void brokenRouteFileIsReportedAndHarmsNothing() throws Exception {
        Path broken = deploy().resolve("it-broken.camel.yaml");
        Files.writeString(broken, "- route:\n    id: it.broken\n    from:\n      uri: nosuchcomponent:x\n"
                + "      steps: [ { to: log:x } ]\n");
        try {
            await("rejection shown in console", 30, () -> routes().contains("it-broken.camel.yaml REJECTED"));
            String routes = routes();
            assertTrue(routes, routes.contains("nosuchcomponent"));
            assertTrue(routes, routes.contains("sensorthings.observe"));
            assertEquals(200, get("/health").status());
        } finally {
            Files.delete(broken);
        }
        await("rejection cleared", 30, () -> !routes().contains("it-broken"));
    }

    @Test
    public void documentedSoilMoistureExampleTurnsUplinksIntoPlatformData() throws Exception {
        Path example = Paths.get(System.getProperty("stadtkern.examples"), "soil-moisture.camel.yaml");
        Path deployed = deploy().resolve(example.getFileName());
        Files.copy(example, deployed);
        try {
            await("example route started", 30, () -> routes().contains("soil.uplink"));
            String device = unique("soil");
            String uplink = "{\"end_device_ids\":{\"device_id\":\"" + device + "\"},"
                    + "\"received_at\":\"2026-11-22T08:00:00Z\","
                    + "\"uplink_message\":{\"decoded_payload\":{\"soil_moisture\":31.2,\"battery\":3.6},"
                    + "\"locations\":{\"user\":{\"latitude\":51.4965,\"longitude\":6.8633}}}}";
            String thing = "Bodenfeuchtesensor " + device;
            await("uplink stored as platform data", 30, () -> {
                try {
                    publish("lorawan/oberhausen/" + device + "/up", uplink);
                } catch (Exception e) {
                    return false;
                }
                sleep(500);
                long id = datastreamNamed(thing, "Bodenfeuchte");
                return id > 0 && observations(id).size() > 0;
            });
            long moisture = datastreamNamed(thing, "Bodenfeuchte");
            assertEquals(31.2, observations(moisture).get(0).get("result").asDouble(), 0.0);
            assertTrue(observations(moisture).get(0).get("phenomenonTime").asText().startsWith("2026-11-22T08:00"));
            assertEquals("%", get(STA + "/Datastreams(" + moisture + ")").json().path("unitOfMeasurement")
                    .path("symbol").asText());

            // an uplink without the reading, as its comment says, goes to the dead letters with the reason
            String topic = "lorawan/oberhausen/" + device + "/up";
            publish(topic, uplink.replace("\"soil_moisture\":31.2,", ""));
            await("uplink without soil_moisture dead-lettered", 30, () -> getAsOperator(
                    "/api/dead-letters?limit=100").json().findValuesAsText("source").contains(topic));
            assertEquals(1, observations(moisture).size());
        } finally {
            Files.delete(deployed);
        }
        await("example route removed", 30, () -> !routes().contains("soil.uplink"));
        assertFalse(routes().contains("REJECTED"));
    }

    private String routes() {
        try {
            return console("stadtkern:routes");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String timerRoute(String thing, String datastream, double value) {
        return String.join("\n",
                "- route:",
                "    id: it.file.timer",
                "    from:",
                "      uri: timer:it-file",
                "      parameters:",
                "        period: 300",
                "      steps:",
                "        - setHeader:",
                "            name: StadtkernThing",
                "            constant: " + thing,
                "        - setHeader:",
                "            name: StadtkernDatastream",
                "            constant: " + datastream,
                "        - setHeader:",
                "            name: StadtkernLatitude",
                "            constant: 51.47",
                "        - setHeader:",
                "            name: StadtkernLongitude",
                "            constant: 6.85",
                "        - setBody:",
                "            constant: '{\"result\": " + value + "}'",
                "        - to: direct:sensorthings.observations",
                "");
    }
}
