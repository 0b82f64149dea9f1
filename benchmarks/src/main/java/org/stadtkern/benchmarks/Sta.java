package org.stadtkern.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A SensorThings client for the benchmarks: creates a station, reads counts, times requests. */
final class Sta {

    static final ObjectMapper JSON = new ObjectMapper();
    /** A station whose Datastream is open data (the demo's dataset), as a public display would follow it. */
    private static final String STATION = """
            {"name": "%s", "description": "benchmark",
             "Locations": [{"name": "bench", "description": "bench", "encodingType": "application/geo+json",
                            "location": {"type": "Point", "coordinates": [6.85, 51.47]}}],
             "Datastreams": [{"name": "%s", "description": "benchmark", "observationType": "OM_Measurement",
               "unitOfMeasurement": {"symbol": "1"}, "properties": {"dataset": "environment"},
               "Sensor": {"name": "bench", "description": "d", "encodingType": "text/html", "metadata": "m"},
               "ObservedProperty": {"name": "bench", "definition": "http://example.org/bench", "description": "d"}}]}
            """;

    /** The runtime's own user (operator and admin of the default tenant): writes need the role operator. */
    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString("bench:bench".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String root;

    Sta(String base) {
        this.root = base + "/sta/v1.1";
    }

    String root() {
        return root;
    }

    HttpClient http() {
        return http;
    }

    /** A request to a path under the service root, logged in as an operator. */
    static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", AUTHORIZATION);
    }

    /** Creates a Thing with one Datastream; returns the Datastream's id. */
    long station(String name) throws IOException, InterruptedException {
        HttpResponse<String> created = send(request(URI.create(root + "/Things"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(String.format(STATION, name, name))).build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("station not created: " + created.body());
        }
        long thing = JSON.readTree(created.body()).get("@iot.id").asLong();
        return get("/Things(" + thing + ")/Datastreams").get("value").get(0).get("@iot.id").asLong();
    }

    long count(long datastream) throws IOException, InterruptedException {
        return get("/Datastreams(" + datastream + ")/Observations?$count=true&$top=0").get("@iot.count").asLong();
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(URI.create(root + path)).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Runs the work on that many threads at once and returns when all have ended. */
    static void concurrently(int clients, Runnable work) throws InterruptedException {
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(work);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** "p50 x ms, p99 y ms" of latencies in nanoseconds. */
    static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)",
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
