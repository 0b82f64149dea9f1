package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.Test;

/**
 * The stop display of Hin &amp; Weg in a real headless Chromium on a phone-sized screen (360 x 640):
 * the next departures at a stop of the GTFS sample feed with the occupancy of the bus on the trip,
 * and after more passengers board, the fuller level.
 */
public class HinwegStopDisplayIT extends StadtkernTestSupport {

    private static final String API = "/api/hinweg";
    private static final String PAGE = BASE + "/hinweg/stop.html?stop=STAGECOACH&from=05:00";

    private static String event(String sensor, String vehicle, Instant time, int boardings) {
        return "{\"sensor\": \"" + sensor + "\", \"vehicle\": \"" + vehicle + "\", \"trip\": \"STBA\", "
                + "\"stop\": \"STAGECOACH\", \"time\": \"" + time + "\", \"boardings\": " + boardings
                + ", \"alightings\": 0}";
    }

    /** The cells of the trip's row in the rendered table. */
    private static String row(String dom, String trip) {
        int start = dom.indexOf("<tr data-trip=\"" + trip + "\"");
        assertTrue("a row of trip " + trip + " in " + dom, start >= 0);
        return dom.substring(start, dom.indexOf("</tr>", start));
    }

    private static int persons(String row) {
        return row.split("class=\"person on\"", -1).length - 1;
    }

    @Test
    public void theStopDisplayShowsDeparturesWithTheirOccupancyAndUpdates() throws Exception {
        byte[] feed = SampleFeed.runningNow();
        assertEquals(200, http("POST", API + "/gtfs", "application/zip", feed, DEFAULT_USER).status());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String bus = "display-bus-" + tag;
        put(API + "/vehicles/" + bus, "{\"seated\": 10, \"standing\": 10}");
        put(API + "/sensors/front-" + tag, "{\"kind\": \"door\", \"vehicle\": \"" + bus + "\"}");
        put(API + "/sensors/rear-" + tag, "{\"kind\": \"door\", \"vehicle\": \"" + bus + "\"}");
        Instant t = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

        publish("hinweg/door-events", event("front-" + tag, bus, t, 6));
        await("counted", 20, () -> http("GET", API + "/vehicles/" + bus, null, null, null).status() == 200);
        String dom = Browser.render(PAGE, 360, 640);
        assertTrue(dom, dom.contains("<h1 id=\"stop\">Stagecoach Hotel &amp; Casino (Demo)</h1>"));
        String row = row(dom, "STBA");
        assertTrue(row, row.contains("data-occupancy=\"MANY_SEATS_AVAILABLE\""));
        assertTrue(row, row.contains("<td class=\"time\">06:00</td>"));
        assertEquals(1, persons(row));
        // the icons are hidden from screen readers, which read the words instead
        assertTrue(row, row.contains("<span class=\"visually-hidden\">viele Sitzplätze frei</span>"));
        assertEquals(row, 4, row.split("aria-hidden=\"true\"", -1).length - 1);
        // CITY2 ends here (06:56): it arrives, it does not depart; and STBA ends at the airport
        assertTrue(dom, !dom.contains("data-trip=\"CITY2\""));
        String airport = http("GET", API + "/stops/BEATTY_AIRPORT/departures?from=05:00&limit=20", null, null, null)
                .body();
        assertTrue(airport, airport.contains("\"AB1\"") && !airport.contains("\"STBA\""));

        publish("hinweg/door-events", event("rear-" + tag, bus, t.plusSeconds(1), 8));
        await("counted again", 20, () -> http("GET", API + "/vehicles/" + bus, null, null, null).json()
                .get("occupancyStatus").asText().equals("STANDING_ROOM_ONLY"));
        String updated = row(Browser.render(PAGE, 360, 640), "STBA");
        assertTrue(updated, updated.contains("data-occupancy=\"STANDING_ROOM_ONLY\""));
        assertEquals(3, persons(updated));
    }

    @Test
    public void theConsoleImportsTheFeedAndShowsStopsAndVehicles() throws Exception {
        assertTrue(console("hinweg:import-gtfs " + SampleFeed.original()).contains("Imported 9 stops, 5 routes, "
                + "11 trips, 28 stop times, 0 trip capacities."));
        String ended = console("hinweg:stop --from 05:00 BEATTY_AIRPORT");
        assertTrue("the sample feed's services ended in 2010: " + ended,
                ended.startsWith("Nye County Airport (Demo) (BEATTY_AIRPORT)") && !ended.contains("AB1"));
        assertTrue(console("hinweg:import-gtfs " + SampleFeed.runningNowFile()).contains("Imported 9 stops"));
        assertTrue(consoleFailure("hinweg:import-gtfs /nowhere/feed.zip").contains("No file"));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String bus = "console-bus-" + tag;
        put(API + "/vehicles/" + bus, "{\"seated\": 40, \"standing\": 60}");
        put(API + "/sensors/door-" + tag, "{\"kind\": \"door\", \"vehicle\": \"" + bus + "\"}");
        publish("hinweg/door-events", "{\"sensor\": \"door-" + tag + "\", \"vehicle\": \"" + bus + "\", "
                + "\"trip\": \"AB1\", \"stop\": \"BEATTY_AIRPORT\", \"time\": \""
                + Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS) + "\", \"boardings\": 12, "
                + "\"alightings\": 0}");
        await("counted", 20, () -> http("GET", API + "/vehicles/" + bus, null, null, null).status() == 200);

        String vehicles = console("hinweg:vehicles");
        assertTrue(vehicles, vehicles.contains(bus) && vehicles.contains("MANY_SEATS_AVAILABLE"));
        // AB1 leaves the airport for Bullfrog
        String stop = console("hinweg:stop --from 05:00 BEATTY_AIRPORT");
        assertTrue(stop, stop.startsWith("Nye County Airport (Demo) (BEATTY_AIRPORT)") && stop.contains("AB1")
                && stop.contains(bus));
        assertTrue(consoleFailure("hinweg:stop NOWHERE").contains("No stop 'NOWHERE'"));
        String status = console("hinweg:status");
        assertTrue(status, status.contains("Network:      9 stops, 5 routes, 11 trips, 28 stop times")
                && status.contains("Door events:"));
    }

    @Test
    public void theUsualOccupancyOfARouteComesFromThreeCountedTrips() throws Exception {
        byte[] feed = SampleFeed.runningNow();
        assertEquals(200, http("POST", API + "/gtfs", "application/zip", feed, DEFAULT_USER).status());
        ZonedDateTime hour = ZonedDateTime.now(SampleFeed.ZONE).minusHours(2).truncatedTo(ChronoUnit.HOURS);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        int[] boardings = {20, 30, 40};
        for (int i = 0; i < boardings.length; i++) {
            String bus = "usual-" + i + "-" + tag;
            put(API + "/vehicles/" + bus, "{\"seated\": 40, \"standing\": 60}");
            put(API + "/sensors/door-" + bus, "{\"kind\": \"door\", \"vehicle\": \"" + bus + "\"}");
            publish("hinweg/door-events", "{\"sensor\": \"door-" + bus + "\", \"vehicle\": \"" + bus + "\", "
                    + "\"trip\": \"AB2\", \"stop\": \"BULLFROG\", \"time\": \""
                    + hour.plusMinutes(10 + i).toInstant() + "\", \"boardings\": " + boardings[i]
                    + ", \"alightings\": 0}");
        }
        await("a slot of route AB", 30, () -> http("GET", API + "/stops/BULLFROG/usual", null, null, null).json()
                .toString().contains("\"route\":\"AB\""));
        com.fasterxml.jackson.databind.JsonNode slot = null;
        for (com.fasterxml.jackson.databind.JsonNode candidate : http("GET", API + "/stops/BULLFROG/usual", null,
                null, null).json()) {
            if (candidate.get("route").asText().equals("AB") && candidate.get("hour").asInt() == hour.getHour()) {
                slot = candidate;
            }
        }
        assertTrue("a slot at " + hour.getHour() + " h", slot != null);
        assertEquals(hour.getDayOfWeek().name(), slot.get("weekday").asText());
        assertEquals(3, slot.get("trips").asInt());
        assertEquals("a mean of 30 passengers on 40 seats", "FEW_SEATS_AVAILABLE",
                slot.get("occupancyStatus").asText());
        assertEquals(30, slot.get("occupancyPercentage").asInt());
        assertEquals(404, http("GET", API + "/stops/NOWHERE/usual", null, null, null).status());
    }

    @Test
    public void peopleCountersAtStopsGiveTheCrowdingLevel() throws Exception {
        byte[] feed = SampleFeed.runningNow();
        assertEquals(200, http("POST", API + "/gtfs", "application/zip", feed, DEFAULT_USER).status());
        String sensor = "stop-counter-" + UUID.randomUUID().toString().substring(0, 8);
        put(API + "/sensors/" + sensor, "{\"kind\": \"stop\", \"stop\": \"EMSI\", \"vdv457\": false}");
        Instant t = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        publish("hinweg/stop-counts", "{\"sensor\": \"" + sensor + "\", \"stop\": \"EMSI\", \"time\": \"" + t
                + "\", \"count\": 45}");
        await("crowded", 20, () -> "CROWDED".equals(http("GET", API + "/stops/EMSI/departures", null, null, null)
                .json().path("crowding").asText()));
        String body = http("GET", API + "/stops/EMSI/departures", null, null, null).body();
        assertTrue("the level only, never the count: " + body, !body.contains("waiting") && !body.contains("count"));

        publish("hinweg/stop-counts", "{\"sensor\": \"" + sensor + "\", \"stop\": \"EMSI\", \"time\": \""
                + t.plusSeconds(10) + "\", \"count\": 3}");
        await("quiet again", 20, () -> "QUIET".equals(http("GET", API + "/stops/EMSI/departures", null, null, null)
                .json().path("crowding").asText()));
        publish("hinweg/stop-counts", "{\"sensor\": \"" + sensor + "\", \"stop\": \"BULLFROG\", \"time\": \""
                + t.plusSeconds(11) + "\", \"count\": 3}");
        publish("hinweg/stop-counts", "{\"sensor\": \"" + sensor + "\", \"stop\": \"EMSI\", \"time\": \""
                + t.plusSeconds(12) + "\", \"count\": -4}");
        publish("hinweg/stop-counts", "{\"sensor\": \"" + sensor + "\", \"stop\": \"EMSI\", \"time\": \""
                + t.plusSeconds(10) + "\", \"count\": 50}");
        await("three refused readings", 30, () -> {
            String letters = getAsOperator("/api/dead-letters?limit=100").body();
            return letters.contains("counts at stop 'EMSI', not 'BULLFROG'") && letters.contains("from 0 to 2000")
                    && letters.contains("duplicate: sensor '" + sensor + "'");
        });
        assertEquals("QUIET", http("GET", API + "/stops/EMSI/departures", null, null, null).json().path("crowding")
                .asText());
    }

    private static void put(String path, String json) {
        Response response = http("PUT", path, "application/json", json.getBytes(StandardCharsets.UTF_8),
                DEFAULT_USER);
        assertEquals(response.body(), 200, response.status());
    }
}
