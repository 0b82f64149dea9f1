package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.transit.realtime.GtfsRealtime.FeedMessage;
import com.google.transit.realtime.GtfsRealtime.VehiclePosition;

/**
 * Hin &amp; Weg on the booted distribution: the GTFS reference sample feed (../shared/data) is
 * imported over HTTP, a bus with 10 seats and 10 standing places gets a door counter, and a trip's
 * door events published over MQTT show the expected occupancy after each stop in the JSON API;
 * bad events are dead-lettered with their reason and change nothing; uninstalling and reinstalling
 * the feature keeps the counts and leaves the platform running.
 */
public class HinwegIT extends StadtkernTestSupport {

    private static final String API = "/api/hinweg";
    private static final String TOPIC = "hinweg/door-events";

    @Inject
    protected FeaturesService features;

    private static Response put(String path, String json) {
        return http("PUT", path, "application/json", json.getBytes(StandardCharsets.UTF_8), DEFAULT_USER);
    }

    private static String event(String sensor, String vehicle, String stop, Instant time, int in, int out) {
        return "{\"sensor\": \"" + sensor + "\", \"vehicle\": \"" + vehicle + "\", \"trip\": \"STBA\", \"stop\": \""
                + stop + "\", \"time\": \"" + time + "\", \"boardings\": " + in + ", \"alightings\": " + out + "}";
    }

    /** The vehicle's entity in the GTFS-Realtime feed, read with the official bindings. */
    private static VehiclePosition position(String vehicle) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(BASE + API + "/gtfs-rt/vehicle-positions")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/x-protobuf", response.headers().firstValue("Content-Type").orElse(""));
        FeedMessage feed = FeedMessage.parseFrom(response.body());
        assertEquals("2.0", feed.getHeader().getGtfsRealtimeVersion());
        return feed.getEntityList().stream().filter(e -> e.getId().equals(vehicle)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + vehicle + " in the feed")).getVehicle();
    }

    private static JsonNode vehicle(String vehicle) {
        Response response = http("GET", API + "/vehicles/" + vehicle, null, null, null);
        return response.status() == 200 ? response.json() : null;
    }

    @Test
    public void aTripsDoorEventsShowItsOccupancyStopByStop() throws Exception {
        byte[] feed = SampleFeed.runningNow();
        Response imported = http("POST", API + "/gtfs", "application/zip", feed, DEFAULT_USER);
        assertEquals(imported.body(), 200, imported.status());
        assertEquals(28, imported.json().get("stopTimes").asInt());

        String tag = UUID.randomUUID().toString().substring(0, 8);
        String bus = "bus-" + tag;
        String door = "door-" + tag;
        assertEquals(200, put(API + "/vehicles/" + bus, "{\"seated\": 10, \"standing\": 10}").status());
        Response sensor = put(API + "/sensors/" + door, "{\"kind\": \"door\", \"vehicle\": \"" + bus
                + "\", \"vdv457\": true, \"status\": \"active\"}");
        assertEquals(sensor.body(), 200, sensor.status());
        long boardings = sensor.json().path("datastreamId").asLong();
        long alightings = sensor.json().path("alightingsDatastreamId").asLong();
        assertTrue(sensor.body(), boardings > 0 && alightings > 0 && boardings != alightings);

        // trip STBA: STAGECOACH (1) -> BEATTY_AIRPORT (2)
        Instant t = Instant.now().minus(60, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        publish(TOPIC, event(door, bus, "STAGECOACH", t, 6, 0));
        await("first stop counted", 20, () -> vehicle(bus) != null);
        JsonNode first = vehicle(bus);
        assertEquals("6 of 10 seats", "MANY_SEATS_AVAILABLE", first.get("occupancyStatus").asText());
        assertEquals(VehiclePosition.OccupancyStatus.MANY_SEATS_AVAILABLE, position(bus).getOccupancyStatus());
        assertEquals("STAGECOACH", position(bus).getStopId());
        assertEquals(30, first.get("occupancyPercentage").asInt());
        assertTrue("no exact load in public", !first.has("load"));

        publish(TOPIC, event(door, bus, "BEATTY_AIRPORT", t.plusSeconds(1200), 0, 6));
        await("last stop counted", 20, () -> vehicle(bus).get("stop").asText().equals("BEATTY_AIRPORT"));
        assertEquals("EMPTY", vehicle(bus).get("occupancyStatus").asText());
        assertTrue(vehicle(bus).get("tripEnded").asBoolean());
        VehiclePosition last = position(bus);
        assertEquals(VehiclePosition.OccupancyStatus.EMPTY, last.getOccupancyStatus());
        assertEquals(2, last.getCurrentStopSequence());
        assertEquals("STBA", last.getTrip().getTripId());
        assertEquals(0, last.getOccupancyPercentage());

        theRawCountsArePlatformData(boardings, alightings, t);
        theCountsAreExportedAsGtfsRide(t);
        refusedEventsAreDeadLetteredWithTheirReason(door, bus, t);
        countsSurviveAReinstall(door, bus, t);
    }

    /**
     * The door counter's Datastreams hold the counts as Observations at each stop (its
     * FeatureOfInterest), for the city's users only: the dataset passenger-counts is internal.
     */
    private static void theRawCountsArePlatformData(long boardings, long alightings, Instant t) {
        String observations = "/sta/v1.1/Datastreams(%d)/Observations?$orderby=phenomenonTime"
                + "&$expand=FeatureOfInterest($select=name)&$select=phenomenonTime,result,parameters";
        await("both stops' counts on the platform", 20, () -> http("GET", observations.formatted(alightings), null,
                null, DEFAULT_USER).json().path("value").size() == 2);
        JsonNode in = http("GET", observations.formatted(boardings), null, null, DEFAULT_USER).json().path("value");
        JsonNode out = http("GET", observations.formatted(alightings), null, null, DEFAULT_USER).json().path("value");
        assertEquals(in.toString(), List.of(6, 0), List.of(in.get(0).path("result").asInt(),
                in.get(1).path("result").asInt()));
        assertEquals(out.toString(), List.of(0, 6), List.of(out.get(0).path("result").asInt(),
                out.get(1).path("result").asInt()));
        assertEquals(t, Instant.parse(in.get(0).path("phenomenonTime").asText()));
        assertEquals("Haltestelle Stagecoach Hotel & Casino (Demo), STAGECOACH", in.get(0).path("FeatureOfInterest")
                .path("name").asText());
        assertEquals("Haltestelle Nye County Airport (Demo), BEATTY_AIRPORT", out.get(1).path("FeatureOfInterest")
                .path("name").asText());
        assertEquals("STBA", out.get(1).path("parameters").path("trip").asText());
        JsonNode stream = http("GET", "/sta/v1.1/Datastreams(" + boardings + ")?$expand=Thing", null, null,
                DEFAULT_USER).json();
        assertEquals("passenger-counts", stream.path("properties").path("dataset").asText());
        assertEquals("{passengers}", stream.path("unitOfMeasurement").path("symbol").asText());
        assertTrue(stream.toString(), stream.path("Thing").path("description").asText().contains("VDV 457"));
        assertEquals("internal data: hidden from outsiders", 404, http("GET", "/sta/v1.1/Datastreams(" + boardings
                + ")/Observations", null, null, null).status());
    }

    /** GTFS-ride board_alight.txt of the day holds the trip's two stops with their loads. */
    private static void theCountsAreExportedAsGtfsRide(Instant t) {
        String date = t.atZone(SampleFeed.ZONE).toLocalDate().toString();
        String path = API + "/gtfs-ride/board_alight.txt?date=" + date;
        assertEquals("raw counts are internal", 401, http("GET", path, null, null, null).status());
        Response file = http("GET", path, null, null, DEFAULT_USER);
        assertEquals(file.body(), 200, file.status());
        assertTrue(file.contentType(), file.contentType().startsWith("text/csv"));
        String day = date.replace("-", "");
        assertTrue(file.body(), file.body().startsWith("trip_id,stop_id,stop_sequence,record_use,boardings,"
                + "alightings,current_load,service_date\n"));
        assertTrue(file.body(), file.body().contains("STBA,STAGECOACH,1,0,6,0,6," + day + "\n"));
        assertTrue(file.body(), file.body().contains("STBA,BEATTY_AIRPORT,2,0,0,6,0," + day + "\n"));
        assertEquals(400, http("GET", API + "/gtfs-ride/board_alight.txt?date=30.11.2026", null, null, DEFAULT_USER)
                .status());

        String ridership = API + "/gtfs-ride/ridership.txt?from=" + date + "&to=" + date;
        Map<String, long[]> counted = totals(http("GET", ridership, null, null, DEFAULT_USER).body());
        assertTrue(counted.toString(), counted.get("STBA,STAGECOACH")[0] >= 6
                && counted.get("STBA,BEATTY_AIRPORT")[1] >= 6);
        Map<String, long[]> published = totals(http("GET", ridership, null, null, null).body());
        assertEquals("the public gets every record", counted.keySet(), published.keySet());
        counted.forEach((key, counts) -> {
            for (int i = 0; i < 2; i++) {
                assertEquals(key + ": rounded to 5 by the policy of the dataset ridership",
                        Math.round(counts[i] / 5.0) * 5, published.get(key)[i]);
            }
        });
        assertEquals(400, http("GET", API + "/gtfs-ride/ridership.txt?from=2026-12-01&to=2026-11-01", null, null,
                null).status());
        assertEquals(400, http("GET", API + "/gtfs-ride/ridership.txt?from=2020-01-01&to=2026-11-01", null, null,
                null).status());
    }

    /** ridership.txt as route,stop to total boardings and alightings. */
    private static Map<String, long[]> totals(String file) {
        assertTrue(file, file.startsWith("total_boardings,total_alightings,ridership_start_date,ridership_end_date,"
                + "route_id,stop_id\n"));
        Map<String, long[]> totals = new java.util.TreeMap<>();
        file.lines().skip(1).map(line -> line.split(",")).forEach(f -> totals.put(f[4] + "," + f[5],
                new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])}));
        return totals;
    }

    /**
     * Hin &amp; Weg's stored counts are the record; their platform copies are made from them. Counted
     * while the platform is stopped, they are copied when it returns; copies committed before a crash
     * that could not be marked (set back to uncopied here) are found and not made twice.
     */
    @Test
    public void countsMissingOnThePlatformAreCopiedWhenItReturns() throws Exception {
        Response imported = http("POST", API + "/gtfs", "application/zip", SampleFeed.runningNow(), DEFAULT_USER);
        assertEquals(imported.body(), 200, imported.status());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String bus = "bus-" + tag;
        String door = "door-" + tag;
        assertEquals(200, put(API + "/vehicles/" + bus, "{\"seated\": 10, \"standing\": 10}").status());
        JsonNode sensor = put(API + "/sensors/" + door, "{\"kind\": \"door\", \"vehicle\": \"" + bus
                + "\", \"vdv457\": false, \"status\": \"active\"}").json();
        long boardings = sensor.path("datastreamId").asLong();
        long alightings = sensor.path("alightingsDatastreamId").asLong();
        // a day before the other tests' counts (their exports of the day stay theirs)
        Instant t = Instant.now().minus(26, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        Bundle platform = bundleNamed("org.stadtkern.sensorthings");
        platform.stop();
        try {
            publish(TOPIC, event(door, bus, "STAGECOACH", t, 4, 0));
            publish(TOPIC, event(door, bus, "BEATTY_AIRPORT", t.plusSeconds(600), 1, 4));
            await("counted without the platform", 20, () -> vehicle(bus) != null
                    && vehicle(bus).get("stop").asText().equals("BEATTY_AIRPORT"));
        } finally {
            platform.start();
        }
        await("both events copied when the platform is back", 60, () -> results(boardings).equals(List.of(4, 1))
                && results(alightings).equals(List.of(0, 4)));

        assertEquals(2, markUncopied(door));
        Bundle hinweg = bundleNamed("org.stadtkern.hinweg");
        hinweg.stop();
        hinweg.start();
        await("Hin & Weg back", 60, () -> http("GET", API + "/vehicles", null, null, null).status() == 200);
        await("marked copied again", 60, () -> uncopied(door) == 0);
        assertEquals("not copied twice", List.of(4, 1), results(boardings));
        assertEquals(List.of(0, 4), results(alightings));
    }

    /** The results of a Datastream's Observations, oldest first. */
    private static List<Integer> results(long datastream) {
        Response response = http("GET", "/sta/v1.1/Datastreams(" + datastream + ")/Observations?$orderby="
                + "phenomenonTime&$select=result", null, null, DEFAULT_USER);
        if (response.status() != 200) {
            return List.of();
        }
        List<Integer> results = new java.util.ArrayList<>();
        response.json().path("value").forEach(o -> results.add(o.path("result").asInt()));
        return results;
    }

    /** Sets the sensor's door events back to uncopied, as a crash after the platform's commit leaves them. */
    private int markUncopied(String sensor) {
        return update("update hinweg_door_events set platform_copied = false where sensor_id = ?", sensor);
    }

    private int uncopied(String sensor) {
        return update("select count(*) from hinweg_door_events where platform_copied = false and sensor_id = ?",
                sensor);
    }

    /** Runs an update (its count) or a count query (its value) on the runtime's database. */
    private int update(String sql, String parameter) {
        org.osgi.framework.ServiceReference<javax.sql.DataSource> reference;
        try {
            reference = bundleContext.getServiceReferences(javax.sql.DataSource.class, "(dataSourceName=stadtkern)")
                    .iterator().next();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
        try (java.sql.Connection connection = bundleContext.getService(reference).getConnection();
                java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            if (sql.startsWith("select")) {
                try (java.sql.ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
            return statement.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    private Bundle bundleNamed(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("bundle " + symbolicName + " not installed");
    }

    @Test
    public void doorEventsHaveTheirRetentionPolicy() throws Exception {
        String dryRun = console("sovereignty:retention --dry-run");
        assertTrue(dryRun, dryRun.lines().anyMatch(line -> line.contains("| passenger-counts ")
                && line.contains("Hin & Weg door events") && line.contains("P90D") && line.contains("aggregate PT1H")));
    }

    private void refusedEventsAreDeadLetteredWithTheirReason(String door, String bus, Instant t) throws Exception {
        publish(TOPIC, event(door, bus, "BEATTY_AIRPORT", t.plusSeconds(1200), 0, 6));
        publish(TOPIC, event("nobody", bus, "STAGECOACH", t.plusSeconds(5), 1, 0));
        publish(TOPIC, event(door, bus, "STAGECOACH", t.plusSeconds(6), -1, 0));
        publish(TOPIC, event(door, bus, "STAGECOACH", Instant.now().plus(1, ChronoUnit.DAYS), 1, 0));
        publish(TOPIC, event(door, bus, "FUR_CREEK_RES", t.plusSeconds(7), 1, 0));
        publish(TOPIC, event(door, "other-bus", "STAGECOACH", t.plusSeconds(8), 1, 0));
        publish(TOPIC, "{\"sensor\": \"x'); drop table hinweg_door_events; --\"");
        publish(EMBEDDED_BROKER, "sensor", TOPIC, ("{\"sensor\": \"" + "x".repeat(10_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        // a sensor account of another municipality, which claims to publish for this one
        ensureUser("sensor-bottrop", "mqtt-writer", "tenant.bottrop");
        publish(EMBEDDED_BROKER, "sensor-bottrop", TOPIC, event(door, bus, "STAGECOACH", t.plusSeconds(9), 1, 0)
                .getBytes(StandardCharsets.UTF_8), Map.of("stadtkern-tenant", "oberhausen"));
        List<String> reasons = List.of("duplicate", "unknown sensor", "negative", "in the future", "is not on trip",
                "is mounted in vehicle", "not JSON", "larger than", "belongs to tenant 'bottrop'");
        await("nine dead letters", 30, () -> {
            String letters = getAsOperator("/api/dead-letters?limit=100").body();
            return reasons.stream().allMatch(letters::contains);
        });
        assertEquals("EMPTY", vehicle(bus).get("occupancyStatus").asText());

    }

    private void countsSurviveAReinstall(String door, String bus, Instant t) throws Exception {
        long platformUptime = routeUptimes().get("sensorthings.mqtt-create");
        // (read before the reinstall too: it refreshes this test's bundle, which then loads no new class)
        String retainedBefore = retained("hinweg/vehicles/" + bus);
        assertTrue(retainedBefore, retainedBefore.contains("\"stop\":\"BEATTY_AIRPORT\""));
        features.uninstallFeature("stadtkern-hinweg");
        try {
            await("Hin & Weg gone", 30, () -> http("GET", API + "/vehicles", null, null, null).status() == 404);
            // the demo, which uses Hin & Weg's API, is refreshed with its removal: /health is 503 while the
            // demo restarts (ready means ready), then 200 without Hin & Weg
            await("the other measures up without Hin & Weg", 30, () -> get("/health").status() == 200);
            assertEquals(200, http("GET", "/sta/v1.1/Things?$top=1", null, null, null).status());
        } finally {
            features.installFeature("stadtkern-hinweg");
        }
        await("Hin & Weg back", 60, () -> http("GET", API + "/vehicles", null, null, null).status() == 200);
        assertTrue("the platform's route (and the broker under it) ran on undisturbed",
                routeUptimes().get("sensorthings.mqtt-create") > platformUptime);
        // before any new event: the vehicle counted again from its stored events, its retained message again
        JsonNode restored = vehicle(bus);
        assertTrue("restored: " + restored, restored != null && restored.get("stop").asText().equals("BEATTY_AIRPORT")
                && restored.get("occupancyStatus").asText().equals("EMPTY") && restored.get("tripEnded").asBoolean());
        assertEquals("retained again", retainedBefore, retained("hinweg/vehicles/" + bus));
        publish(TOPIC, event(door, bus, "STAGECOACH", t.plusSeconds(30), 3, 0));
        await("counted on top of the stored events", 20, () -> vehicle(bus) != null
                && vehicle(bus).get("stop").asText().equals("BEATTY_AIRPORT"));
        assertEquals("the trip's stored counts were replayed: still ended and empty", "EMPTY",
                vehicle(bus).get("occupancyStatus").asText());
    }
}
