package org.stadtkern.benchmarks;

import java.time.Duration;
import java.util.Locale;

/**
 * MQTT-to-database rate: publishes N Observations over 10 SensorThings Datastreams at QoS 1 and
 * measures until the last one is readable over HTTP.
 * <pre>java -cp ... org.stadtkern.benchmarks.IngestBenchmark [count] [broker] [http]</pre>
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        String broker = args.length > 1 ? args[1] : "tcp://localhost:1883";
        Platform platform = new Platform(new Sta(args.length > 2 ? args[2] : "http://localhost:8181"));
        String prefix = "bench." + System.currentTimeMillis() + ".";
        java.util.List<String> topics = platform.stations(prefix, 10);

        long start = System.nanoTime();
        try (Publisher publisher = new Publisher(broker, "sensor", "sensor")) {
            for (int i = 0; i < count; i++) {
                if (!publisher.publish(topics.get(i % 10), i)) {
                    throw new IllegalStateException("connection lost after " + i + " messages");
                }
            }
            publisher.drain();
        }
        double published = seconds(start);
        long stored = platform.awaitStored(prefix, count, Duration.ofSeconds(30));
        double total = seconds(start);

        System.out.printf(Locale.ROOT, "messages            %d%n", count);
        System.out.printf(Locale.ROOT, "acknowledged in     %.2f s (%.0f msg/s into the broker)%n",
                published, count / published);
        System.out.printf(Locale.ROOT, "stored              %d in %.2f s%n", stored, total);
        System.out.printf(Locale.ROOT, "MQTT-to-H2 rate     %.0f msg/s%n", stored / total);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
