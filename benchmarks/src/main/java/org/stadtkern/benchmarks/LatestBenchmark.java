package org.stadtkern.benchmarks;

import java.util.Locale;

/**
 * Read latencies on a Datastream holding many Observations (sensorthings.sh imports 1 million first):
 * the latest Observation, the latest of every Datastream via $expand, and $count.
 * <pre>java -cp ... org.stadtkern.benchmarks.LatestBenchmark datastreamId [repetitions]</pre>
 */
public final class LatestBenchmark {

    private LatestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long datastream = Long.parseLong(args[0]);
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Sta sta = new Sta("http://localhost:8181");
        System.out.printf(Locale.ROOT, "Observations in the Datastream  %d%n", sta.count(datastream));
        measure(sta, "latest Observation   ", "/Datastreams(" + datastream
                + ")/Observations?$top=1&$orderby=phenomenonTime%20desc", repetitions);
        measure(sta, "latest of every Datastream", "/Datastreams?$expand=Observations($top=1;"
                + "$orderby=phenomenonTime%20desc)&$top=100", repetitions / 10);
        measure(sta, "$count of 1 Datastream", "/Datastreams(" + datastream + ")/Observations?$count=true&$top=0",
                repetitions / 10);
        measure(sta, "$count of all Observations", "/Observations?$count=true&$top=0", repetitions / 100);
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
