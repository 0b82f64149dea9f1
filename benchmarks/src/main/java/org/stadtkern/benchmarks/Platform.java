package org.stadtkern.benchmarks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the running platform has stored in the Datastreams whose name starts with a prefix, read over
 * the SensorThings API as an app would.
 */
final class Platform {

    private final Sta sta;

    Platform(Sta sta) {
        this.sta = sta;
    }

    /** Creates {@code count} stations named prefix0 .. prefix(n-1); returns their Datastreams' topics. */
    List<String> stations(String prefix, int count) throws Exception {
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            topics.add("v1.1/Datastreams(" + sta.station(prefix + i) + ")/Observations");
        }
        return topics;
    }

    private List<Long> datastreams(String prefix) throws Exception {
        String filter = URLEncoder.encode("startswith(name,'" + prefix + "')", StandardCharsets.UTF_8);
        List<Long> ids = new ArrayList<>();
        for (JsonNode datastream : sta.get("/Datastreams?$top=1000&$select=id&$filter=" + filter).get("value")) {
            ids.add(datastream.get("@iot.id").asLong());
        }
        return ids;
    }

    /** Observations stored for the prefix's Datastreams; -1 if unreachable. */
    long stored(String prefix) {
        try {
            long total = 0;
            for (long datastream : datastreams(prefix)) {
                total += sta.count(datastream);
            }
            return total;
        } catch (Exception e) {
            return -1;
        }
    }

    /** The results (sequence numbers) stored in the prefix's Datastreams. */
    BitSet storedResults(String prefix) throws Exception {
        BitSet results = new BitSet();
        for (long datastream : datastreams(prefix)) {
            // page by page: the service caps $top at its page size
            for (int skip = 0; ; ) {
                JsonNode page = sta.get("/Datastreams(" + datastream + ")/Observations?$select=result&$orderby=id"
                        + "&$top=10000&$skip=" + skip).get("value");
                if (page.isEmpty()) {
                    break;
                }
                page.forEach(observation -> results.set(observation.get("result").asInt()));
                skip += page.size();
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
            Thread.sleep(100);
        }
    }
}
