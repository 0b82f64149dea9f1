package org.stadtkern.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Door events per second through Hin &amp; Weg: validation, storage, load bookkeeping and publication.
 * Imports the GTFS sample feed, registers 50 buses with a door counter each, publishes N door
 * events at QoS 1 (1,000 in flight) on the trips of the feed, and counts until every bus shows its
 * last event in the JSON API. Usage: HinwegBenchmark feed.zip [events]
 */
public final class HinwegBenchmark {

    private static final String BASE = "http://localhost:8181";
    private static final int BUSES = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("bench:bench".getBytes(StandardCharsets.UTF_8));
    /** The first stop of each trip of the sample feed, which every event of a bus on that trip names. */
    private static final String[][] TRIPS = {{"STBA", "STAGECOACH"}, {"AB1", "BEATTY_AIRPORT"},
        {"AB2", "BULLFROG"}, {"CITY1", "STAGECOACH"}, {"CITY2", "EMSI"}};

    private HinwegBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        awaitHinweg();
        send("POST", "/api/hinweg/gtfs", "application/zip", Files.readAllBytes(Path.of(args[0])));
        for (int bus = 0; bus < BUSES; bus++) {
            send("PUT", "/api/hinweg/vehicles/bench-" + bus, "application/json",
                    "{\"seated\": 40, \"standing\": 60}".getBytes(StandardCharsets.UTF_8));
            send("PUT", "/api/hinweg/sensors/bench-door-" + bus, "application/json",
                    ("{\"kind\": \"door\", \"vehicle\": \"bench-" + bus + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        Instant base = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> last = new HashMap<>();
        long start = System.nanoTime();
        try (Publisher publisher = new Publisher("tcp://localhost:1883", "sensor", "sensor")) {
            for (int i = 0; i < events; i++) {
                int bus = i % BUSES;
                String[] trip = TRIPS[bus % TRIPS.length];
                Instant time = base.plusMillis(i);
                String payload = "{\"sensor\": \"bench-door-" + bus + "\", \"vehicle\": \"bench-" + bus
                        + "\", \"trip\": \"" + trip[0] + "\", \"stop\": \"" + trip[1] + "\", \"time\": \"" + time
                        + "\", \"boardings\": " + (i % 3) + ", \"alightings\": " + (i % 2) + "}";
                last.put("bench-" + bus, time.toString());
                if (!publisher.publish("hinweg/door-events", payload.getBytes(StandardCharsets.UTF_8), i)) {
                    throw new IllegalStateException("connection lost after " + i + " events");
                }
            }
            while (publisher.acknowledged() < events) {
                if (seconds(start) > 300) {
                    throw new IllegalStateException("not all acknowledged after 300 s");
                }
                Thread.sleep(10);
            }
            double acknowledged = seconds(start);
            while (!allCounted(last)) {
                if (seconds(start) > 900) {
                    throw new IllegalStateException("not all counted after 900 s");
                }
                Thread.sleep(100);
            }
            double counted = seconds(start);
            System.out.printf("Hin & Weg door events  %d acknowledged in %.1f s, all counted in %.1f s: "
                    + "%.0f events/s%n",
                    events, acknowledged, counted, events / counted);
        }
    }

    private static boolean allCounted(Map<String, String> last) throws Exception {
        JsonNode vehicles = JSON.readTree(send("GET", "/api/hinweg/vehicles", null, null));
        Map<String, String> seen = new HashMap<>();
        vehicles.forEach(v -> seen.put(v.get("vehicle").asText(), v.get("at").asText()));
        return last.entrySet().stream().allMatch(e -> e.getValue().equals(seen.get(e.getKey())));
    }

    private static String send(String method, String path, String type, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", AUTH);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Hin &amp; Weg's servlets come up a little after /health turns UP. */
    private static void awaitHinweg() throws Exception {
        for (int i = 0; i < 60; i++) {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/hinweg/vehicles"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Hin & Weg did not start within 60 s");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
