package org.stadtkern.benchmarks;

import java.util.Locale;

/**
 * Loads a Datastream with many Observations through {@code POST /CreateObservations} (10,000 rows per
 * request), then measures read latencies: the latest Observation, the latest of every Datastream via
 * $expand, and $count.
 * <pre>java -cp ... org.stadtkern.benchmarks.LatestBenchmark [observations] [repetitions]</pre>
 */
public final class LatestBenchmark {

    private LatestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int observations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Sta sta = new Sta("http://localhost:8181");
        long datastream = sta.station("bench-latest-" + System.currentTimeMillis());
        long start = System.nanoTime();
        for (int from = 0; from < observations; from += 10_000) {
            load(sta, datastream, from, Math.min(observations, from + 10_000));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "bulk load (dataArray)          %d Observations in %.1f s: %.0f/s%n",
                observations, seconds, observations / seconds);
        System.out.printf(Locale.ROOT, "Observations in the Datastream  %d%n", sta.count(datastream));
        measure(sta, "latest Observation   ", "/Datastreams(" + datastream
                + ")/Observations?$top=1&$orderby=phenomenonTime%20desc", repetitions);
        measure(sta, "latest of every Datastream", "/Datastreams?$expand=Observations($top=1;"
                + "$orderby=phenomenonTime%20desc)&$top=100", repetitions / 10);
        measure(sta, "$count of 1 Datastream", "/Datastreams(" + datastream + ")/Observations?$count=true&$top=0",
                repetitions / 10);
        measure(sta, "$count of all Observations", "/Observations?$count=true&$top=0", repetitions / 100);
    }

    private static void load(Sta sta, long datastream, int from, int to) throws Exception {
        StringBuilder body = new StringBuilder("[{\"Datastream\": {\"@iot.id\": ").append(datastream)
                .append("}, \"components\": [\"phenomenonTime\", \"result\"], \"dataArray\": [");
        java.time.Instant base = java.time.Instant.parse("2020-01-01T00:00:00Z");
        for (int i = from; i < to; i++) {
            body.append(i == from ? "" : ",").append("[\"").append(base.plusSeconds(10L * i)).append("\",")
                    .append(i % 1000).append(']');
        }
        body.append("]}]");
        var response = sta.send(Sta.request(java.net.URI.create(sta.root()
                + "/CreateObservations")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())).build());
        if (response.statusCode() != 201 || response.body().contains("\"error\"")) {
            throw new IllegalStateException("load failed: " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    private static void measure(Sta sta, String what, String path, int repetitions) throws Exception {
        for (int i = 0; i < Math.min(200, repetitions); i++) {
            sta.get(path);
        }
        long[] nanos = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            sta.get(path);
            nanos[i] = System.nanoTime() - start;
        }
        System.out.printf(Locale.ROOT, "%-30s %s%n", what, Sta.percentiles(nanos));
    }
}
