package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo city's buses on the booted distribution, before any test imports a network of its own:
 * the demo network is in Hin &amp; Weg (stop display data of Hauptbahnhof), its buses and counters are
 * registered with their SensorThings Datastreams, and the people counters' readings arrive (the
 * stop's crowding level, the raw counts as Observations). Door events follow the timetable and are
 * not waited for here (no buses run at night).
 */
public class DemoBusesIT extends StadtkernTestSupport {

    private static final String STOP = "/api/hinweg/stops/OB-hauptbahnhof/departures";

    @Test
    public void theDemoNetworkFleetAndCountersRun() {
        await("demo network imported", 30, () -> getAnonymously(STOP + "?from=05:00").status() == 200);
        JsonNode departures = getAnonymously(STOP + "?from=05:00&limit=4").json();
        assertEquals("Hauptbahnhof", departures.path("name").asText());
        List<String> first = departures.path("departures").findValuesAsText("time");
        assertEquals(departures.toString(), List.of("05:00", "05:00"), first.subList(0, 2));
        assertTrue(departures.toString(), departures.path("departures").findValuesAsText("route")
                .containsAll(List.of("956", "962")));

        await("12 door counters and 2 people counters registered with their Datastreams", 30, () -> {
            JsonNode registered = get("/api/hinweg/sensors").json();
            return registered.size() == 14 && registered.findValues("datastreamId").stream()
                    .allMatch(id -> id.asLong() > 0);
        });
        JsonNode sensors = get("/api/hinweg/sensors").json();
        JsonNode waiting = null;
        for (JsonNode sensor : sensors) {
            if (sensor.path("kind").asText().equals("DOOR")) {
                assertTrue(sensor.toString(), sensor.path("alightingsDatastreamId").asLong() > 0);
            }
            if (sensor.path("id").asText().equals("waiting-hauptbahnhof")) {
                waiting = sensor;
            }
        }
        assertTrue(sensors.toString(), waiting != null && waiting.path("stopId").asText().equals("OB-hauptbahnhof"));

        await("crowding from the people counter", 30, () -> !getAnonymously(STOP).json().path("crowding").isNull());
        String observations = "/sta/v1.1/Datastreams(" + waiting.path("datastreamId").asLong() + ")/Observations";
        await("raw counts on the platform", 30, () -> get(observations).json().path("value").size() > 0);
        assertEquals("internal: hidden from outsiders", 404, getAnonymously(observations).status());
    }
}
