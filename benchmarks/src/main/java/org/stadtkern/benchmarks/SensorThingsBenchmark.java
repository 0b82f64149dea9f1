package org.stadtkern.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;

/**
 * SensorThings figures of a running distribution: HTTP create rate with 1, 4 and 8 clients, MQTT
 * ingest rate, and publish-to-queryable latency (from publishing an Observation until the
 * notification the service sends after committing it arrives).
 * <pre>java -cp ... org.stadtkern.benchmarks.SensorThingsBenchmark [mqttCount] [latencyRate]</pre>
 */
public final class SensorThingsBenchmark {

    private static final String BROKER = "tcp://localhost:1883";

    private SensorThingsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mqttCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Sta sta = new Sta("http://localhost:8181");
        for (int clients : new int[] {1, 4, 8, 32}) {
            httpCreates(sta, clients, Duration.ofSeconds(10));
        }
        latency(sta, rate, Duration.ofSeconds(10));
        mqttIngest(sta, mqttCount);
    }

    private static void httpCreates(Sta sta, int clients, Duration duration) throws Exception {
        long datastream = sta.station("bench-http-" + clients + "-" + UUID.randomUUID());
        URI uri = URI.create(sta.root() + "/Datastreams(" + datastream + ")/Observations");
        AtomicLong created = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        Sta.concurrently(clients, () -> {
            long n = 0;
            while (System.nanoTime() < end) {
                HttpRequest request = Sta.request(uri).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"result\": " + n++ + "}")).build();
                try {
                    HttpResponse<Void> response = sta.http().send(request, HttpResponse.BodyHandlers.discarding());
                    (response.statusCode() == 201 ? created : failed).incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            }
        });
        System.out.printf(Locale.ROOT, "HTTP creates, %d client(s)  %.0f Observations/s (%d created, %d failed)%n",
                clients, created.get() / (double) duration.toSeconds(), created.get(), failed.get());
    }

    private static void mqttIngest(Sta sta, int count) throws Exception {
        long datastream = sta.station("bench-mqtt-" + UUID.randomUUID());
        String topic = "v1.1/Datastreams(" + datastream + ")/Observations";
        long start = System.nanoTime();
        try (Publisher publisher = new Publisher(BROKER, "sensor", "sensor")) {
            for (int i = 0; i < count; i++) {
                if (!publisher.publish(topic, i)) {
                    throw new IllegalStateException("connection lost after " + i + " messages");
                }
            }
            publisher.drain();
        }
        double published = (System.nanoTime() - start) / 1e9;
        long stored = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (stored < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            stored = sta.count(datastream);
        }
        double total = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "MQTT ingest               %d Observations acknowledged in %.1f s, %d stored in "
                + "%.1f s: %.0f Observations/s%n", count, published, stored, total, stored / total);
    }

    private static void latency(Sta sta, int rate, Duration duration) throws Exception {
        long datastream = sta.station("bench-latency-" + UUID.randomUUID());
        String topic = "v1.1/Datastreams(" + datastream + ")/Observations";
        Map<Long, Long> sent = new ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        MqttClient subscriber = new MqttClient(BROKER, "bench-sub-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName("display");
        options.setPassword("display".getBytes(StandardCharsets.UTF_8));
        subscriber.setCallback(new NotificationListener(payload -> {
            long arrived = System.nanoTime();
            var json = Sta.JSON.readTree(payload);
            if (json.has("@iot.id")) {
                Long at = sent.remove(json.get("result").asLong());
                if (at != null) {
                    latencies.add(arrived - at);
                }
            }
        }));
        subscriber.connect(options);
        subscriber.subscribe(topic, 0);
        long count = rate * duration.toSeconds();
        long intervalNanos = 1_000_000_000L / rate;
        try (Publisher publisher = new Publisher(BROKER, "sensor", "sensor")) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long due = start + i * intervalNanos;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                sent.put((long) i, System.nanoTime());
                publisher.publish(topic, i);
            }
            publisher.drain();
        }
        Thread.sleep(3000);
        subscriber.disconnect();
        subscriber.close();
        long[] values = latencies.stream().mapToLong(Long::longValue).toArray();
        System.out.printf(Locale.ROOT, "publish-to-queryable at %d/s  %s; %d of %d not seen within 3 s%n", rate,
                values.length == 0 ? "no samples" : Sta.percentiles(values), sent.size(), count);
    }
}
