package org.stadtkern.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;

/**
 * A stuck subscriber, run by benchmarks/stuck.sh: a display subscribes to {@code v1.1/#} with a
 * persistent session and goes offline; a gateway then publishes {@code messages} observations (each
 * stored, and notified to subscribers with its latest value). Prints what the broker's folders hold
 * then, and how many messages the display gets when it returns.
 * Usage: {@code StuckSubscriberCheck <messages> <data folder>}.
 */
public final class StuckSubscriberCheck {

    private static final String BROKER = "tcp://localhost:1883";

    private StuckSubscriberCheck() {
    }

    public static void main(String[] args) throws Exception {
        int messages = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        String prefix = "stuck." + System.currentTimeMillis() + ".";
        Platform platform = new Platform(new Sta("http://localhost:8181"));
        List<String> topics = platform.stations(prefix, 5);
        String clientId = "bench-stuck-" + UUID.randomUUID();
        AtomicLong received = new AtomicLong();

        MqttAsyncClient display = display(clientId, true, received);
        display.subscribe("v1.1/#", 1).waitForCompletion(10_000);
        display.disconnect().waitForCompletion(10_000);
        display.close();
        System.out.printf("before              paging %d MB, journal %d MB%n",
                megabytes(data.resolve("artemis/paging")), megabytes(data.resolve("artemis/journal")));

        long started = System.nanoTime();
        try (Publisher gateway = new Publisher(BROKER, "sensor", "sensor")) {
            for (int i = 0; i < messages; i++) {
                gateway.publish(topics.get(i % topics.size()), i);
            }
            gateway.drain();
        }
        long stored = platform.awaitStored(prefix, messages, Duration.ofSeconds(30));
        // the notifications follow the commits: wait until the broker's folders stop growing
        long paging = settled(data.resolve("artemis/paging"));
        System.out.printf("published           %d in %.1f s, stored %d%n", messages,
                (System.nanoTime() - started) / 1e9, stored);
        System.out.printf("display offline     paging %d MB, journal %d MB%n", paging,
                megabytes(data.resolve("artemis/journal")));

        MqttAsyncClient back = display(clientId, false, received);
        long last = -1;
        while (received.get() != last) {
            last = received.get();
            Thread.sleep(3000);
        }
        back.disconnect().waitForCompletion(10_000);
        back.close();
        System.out.printf("display returns     %d messages waited for it (up to 3 per observation: the gateway's, the "
                + "notification, latest)%n",
                received.get());
    }

    private static MqttAsyncClient display(String clientId, boolean cleanStart, AtomicLong received)
            throws Exception {
        MqttAsyncClient client = new MqttAsyncClient(BROKER, clientId, new MemoryPersistence());
        client.setCallback(new NotificationListener(payload -> received.incrementAndGet()));
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName("display");
        options.setPassword("display".getBytes(StandardCharsets.UTF_8));
        options.setCleanStart(cleanStart);
        options.setSessionExpiryInterval(86_400L);
        client.connect(options).waitForCompletion(10_000);
        return client;
    }

    /** The folder's size once it has not changed for 5 s, in MB. */
    private static long settled(Path folder) throws Exception {
        long last = -1;
        long size = megabytes(folder);
        while (size != last) {
            last = size;
            Thread.sleep(5000);
            size = megabytes(folder);
        }
        return size;
    }

    private static long megabytes(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum() / (1024 * 1024);
        }
    }
}
