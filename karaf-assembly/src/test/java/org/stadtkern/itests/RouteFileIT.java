package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

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
            Response health = get("/health");
            assertEquals(200, health.status());
            JsonNode file = health.json().path("routeFiles").path("it-broken.camel.yaml");
            assertEquals(health.body(), "DOWN", file.path("status").asText());
            assertTrue(health.body(), file.path("error").asText().contains("nosuchcomponent"));
        } finally {
            Files.delete(broken);
        }
        await("rejection cleared", 30, () -> !routes().contains("it-broken"));
    }

    @Test
    public void brokenChangeKeepsTheLastGoodVersionRunning() throws Exception {
        Path file = deploy().resolve("it-change.camel.yaml");
        String thing = unique("it.change");
        Files.writeString(file, timerRoute(thing, "plot-1", 21.5).replace("it.file.timer", "it.change.timer"));
        try {
            await("route file stores data", 30, () -> datastreamNamed(thing, "plot-1") > 0
                    && observations(datastreamNamed(thing, "plot-1")).size() > 0);
            long plot1 = datastreamNamed(thing, "plot-1");
            // not YAML at all, then YAML whose route Camel cannot build: each time the working version goes on
            String[][] changes = {{"- route: [ {{ not yaml\n", "last good version keeps running"},
                {"- route:\n    id: it.change.timer\n    from:\n      uri: nosuchcomponent:x\n"
                    + "      steps: [ { to: log:x } ]\n", "nosuchcomponent"}};
            for (String[] change : changes) {
                Files.writeString(file, change[0]);
                await("broken change reported", 30, () -> routeFile(file).path("error").asText().contains(change[1]));
                assertTrue(routeFile(file).toString(), routeFile(file).path("error").asText()
                        .contains("last good version keeps running"));
                JsonNode reported = routeFile(file);
                assertEquals(reported.toString(), "DOWN", reported.path("status").asText());
                assertEquals(reported.toString(), "Started", reported.path("routes").path("it.change.timer").asText());
                int before = observations(plot1).size();
                await("last good version still stores data", 30, () -> observations(plot1).size() > before);
                assertEquals(200, get("/health").status());
            }
            Files.writeString(file, timerRoute(thing, "plot-2", 22.5).replace("it.file.timer", "it.change.timer"));
            await("fixed file runs", 30, () -> datastreamNamed(thing, "plot-2") > 0
                    && "UP".equals(routeFile(file).path("status").asText()));
        } finally {
            Files.delete(file);
        }
        await("route removed", 30, () -> !routes().contains("it.change.timer"));
        assertTrue(get("/health").json().path("routeFiles").path(file.getFileName().toString()).isMissingNode());
    }

    @Test
    public void routeFileCannotTakeAMeasuresOrAnotherFilesRoute() throws Exception {
        Path first = deploy().resolve("it-first.camel.yaml");
        Path thief = deploy().resolve("it-thief.camel.yaml");
        String route = "- route:\n    id: %s\n    from:\n      uri: timer:it-thief\n"
                + "      parameters: { period: 60000 }\n      steps: [ { to: log:it-thief } ]\n";
        Files.writeString(first, String.format(route, "it.first.timer"));
        try {
            await("first file runs", 30, () -> "UP".equals(routeFile(first).path("status").asText()));
            // the platform's MQTT ingestion, the dead-letter store's route, another file's route
            for (String taken : List.of("sensorthings.mqtt-create", "core.dead-letter", "it.first.timer")) {
                Files.writeString(thief, String.format(route, taken));
                await("file with id " + taken + " refused", 30, () -> routeFile(thief).path("error").asText()
                        .contains(taken));
                assertTrue(routes(), routes().contains("it-thief.camel.yaml REJECTED"));
            }
            JsonNode health = get("/health").json();
            assertEquals(health.toString(), "UP", health.path("status").asText());
            assertEquals(health.toString(), "Started", health.path("measures").path("sensorthings").path("routes")
                    .path("sensorthings.mqtt-create").asText());
            assertEquals("Started", routeFile(first).path("routes").path("it.first.timer").asText());
            Files.delete(thief);
            await("refusal cleared", 30, () -> routeFile(thief).isMissingNode());
            // and nothing of the measure went with the file
            assertEquals("Started", get("/health").json().path("measures").path("sensorthings").path("routes")
                    .path("sensorthings.mqtt-create").asText());
        } finally {
            Files.deleteIfExists(thief);
            Files.delete(first);
        }
    }

    private JsonNode routeFile(Path file) {
        try {
            return get("/health").json().path("routeFiles").path(file.getFileName().toString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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
