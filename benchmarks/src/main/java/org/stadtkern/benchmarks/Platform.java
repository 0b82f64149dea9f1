package org.stadtkern.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.BitSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the running platform has stored, read over its HTTP API as an app would. */
final class Platform {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    Platform(String base) {
        this.base = base;
    }

    /** Observations stored for datastreams whose name starts with the prefix; -1 if unreachable. */
    long stored(String prefix) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/datastreams"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return -1;
            }
            long total = 0;
            for (JsonNode datastream : JSON.readTree(response.body())) {
                if (datastream.get("name").asText().startsWith(prefix)) {
                    total += datastream.get("observations").asLong();
                }
            }
            return total;
        } catch (Exception e) {
            return -1;
        }
    }

    /** The results (sequence numbers) stored in datastreams prefix0 .. prefix(n-1). */
    BitSet storedResults(String prefix, int datastreams) throws Exception {
        BitSet results = new BitSet();
        for (int i = 0; i < datastreams; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/datastreams/"
                    + prefix + i + "/observations?limit=10000")).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode observation : JSON.readTree(response.body())) {
                results.set(observation.get("result").asInt());
            }
        }
        return results;
    }

    /** Waits until at least {@code expected} are stored or nothing changed for the timeout. */
    long awaitStored(String prefix, long expected, Duration idleTimeout) throws InterruptedException {
        long last = -1;
        long changedAt = System.nanoTime();
        while (true) {
            long now = stored(prefix);
            if (now >= expected) {
                return now;
            }
            if (now != last) {
                last = now;
                changedAt = System.nanoTime();
            } else if (System.nanoTime() - changedAt > idleTimeout.toNanos()) {
                return now;
            }
            Thread.sleep(20);
        }
    }
}
