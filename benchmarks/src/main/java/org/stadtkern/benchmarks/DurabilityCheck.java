package org.stadtkern.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Durability under kill -9, in two steps run by benchmarks/durability.sh:
 * <ol>
 * <li>{@code publish <prefix> <file>}: publishes at QoS 1 until the connection dies (the script kills
 * the runtime meanwhile) and writes the number of messages the broker acknowledged to the file;</li>
 * <li>{@code verify <prefix> <file>}: after the restart, waits for the stored count and reports
 * whether every acknowledged message is stored. Exit code 1 if any is missing.</li>
 * </ol>
 */
public final class DurabilityCheck {

    private DurabilityCheck() {
    }

    public static void main(String[] args) throws Exception {
        String prefix = args[1];
        Path file = Path.of(args[2]);
        if ("publish".equals(args[0])) {
            long acknowledged;
            try (Publisher publisher = new Publisher("tcp://localhost:1883", "sensor", "sensor")) {
                for (long i = 0; publisher.publish("stadtkern/observations/" + prefix + (i % 5), i); i++) {
                    if (i % 1000 == 0) {
                        Files.writeString(file, Long.toString(publisher.acknowledged()));
                    }
                }
                publisher.drain();
                acknowledged = publisher.acknowledged();
            }
            Files.writeString(file, Long.toString(acknowledged));
            System.out.println("acknowledged by the broker before the kill: " + acknowledged);
        } else {
            long acknowledged = Long.parseLong(Files.readString(file).trim());
            long stored = new Platform("http://localhost:8181").awaitStored(prefix, acknowledged, Duration.ofSeconds(30));
            System.out.println("acknowledged " + acknowledged + ", stored after restart " + stored
                    + (stored >= acknowledged ? ": nothing lost" : ": LOST " + (acknowledged - stored)));
            System.exit(stored >= acknowledged ? 0 : 1);
        }
    }
}
