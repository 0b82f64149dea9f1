package org.stadtkern.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;

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

    /** "a-b, c-d" for the set bits, as runs. */
    static String ranges(BitSet bits) {
        StringBuilder text = new StringBuilder();
        for (int from = bits.nextSetBit(0); from >= 0; from = bits.nextSetBit(bits.nextClearBit(from))) {
            int to = bits.nextClearBit(from) - 1;
            text.append(text.length() == 0 ? "" : ", ").append(from).append(from == to ? "" : "-" + to);
        }
        return text.toString();
    }

    static void write(Path file, BitSet sequences) throws java.io.IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, sequences.toByteArray());
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static void main(String[] args) throws Exception {
        String prefix = args[1];
        Path file = Path.of(args[2]);
        if ("publish".equals(args[0])) {
            BitSet acknowledged;
            java.util.List<String> topics = new Platform(new Sta("http://localhost:8181")).stations(prefix, 5);
            try (Publisher publisher = new Publisher("tcp://localhost:1883", "sensor", "sensor")) {
                for (int i = 0; publisher.publish(topics.get(i % 5), i); i++) {
                    if (i % 1000 == 0) {
                        write(file, publisher.acknowledgedResults());
                    }
                }
                publisher.drain();
                acknowledged = publisher.acknowledgedResults();
            }
            write(file, acknowledged);
            System.out.println("acknowledged by the broker before the kill: " + acknowledged.cardinality());
        } else {
            System.exit(verify(prefix, file, Duration.ofSeconds(30),
                    "(duplicates are redeliveries of messages whose acknowledgement the kill cut off)") ? 0 : 1);
        }
    }

    /**
     * Waits until the prefix's stored count reaches the acknowledged one or stops growing for
     * {@code idle}, prints both and the acknowledged sequence numbers missing; true when none is.
     */
    static boolean verify(String prefix, Path file, Duration idle, String remark) throws Exception {
        BitSet acknowledged = BitSet.valueOf(Files.readAllBytes(file));
        Platform platform = new Platform(new Sta("http://localhost:8181"));
        long stored = platform.awaitStored(prefix, acknowledged.cardinality(), idle);
        BitSet missing = (BitSet) acknowledged.clone();
        missing.andNot(platform.storedResults(prefix));
        System.out.println("acknowledged " + acknowledged.cardinality() + ", stored " + stored + " " + remark);
        System.out.println(missing.isEmpty() ? "every acknowledged message is stored: nothing lost"
                : "LOST " + missing.cardinality() + " acknowledged messages: " + ranges(missing));
        return missing.isEmpty();
    }
}
