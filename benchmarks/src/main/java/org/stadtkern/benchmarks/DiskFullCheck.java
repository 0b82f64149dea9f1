package org.stadtkern.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;

/**
 * A full data disk, in two steps run by benchmarks/diskfull.sh:
 * <ol>
 * <li>{@code publish <prefix> <file> <seconds> <rate>}: publishes numbered observations at QoS 1, at
 * most {@code rate} a second, for {@code seconds}, as a gateway would: when the broker refuses or the
 * connection breaks, it connects again a second later and goes on with the next number. The numbers
 * the broker acknowledged are written to the file (also every second while it runs);</li>
 * <li>{@code verify <prefix> <file> <idleSeconds>}: waits until the stored count stops growing and
 * reports whether every acknowledged message is stored. Exit code 1 if any is missing.</li>
 * </ol>
 */
public final class DiskFullCheck {

    private DiskFullCheck() {
    }

    public static void main(String[] args) throws Exception {
        String prefix = args[1];
        Path file = Path.of(args[2]);
        if ("publish".equals(args[0])) {
            publish(prefix, file, Duration.ofSeconds(Long.parseLong(args[3])), Integer.parseInt(args[4]));
        } else {
            boolean complete = DurabilityCheck.verify(prefix, file, Duration.ofSeconds(Long.parseLong(args[3])),
                    "(more stored: redeliveries of messages whose acknowledgement the full disk cut off)");
            System.exit(complete ? 0 : 1);
        }
    }

    private static void publish(String prefix, Path file, Duration duration, int rate) throws Exception {
        List<String> topics = new Platform(new Sta("http://localhost:8181")).stations(prefix, 5);
        BitSet acknowledged = new BitSet();
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        int sequence = 0;
        int connections = 0;
        long lastWrite = 0;
        while (System.nanoTime() < end) {
            Publisher publisher;
            try {
                publisher = new Publisher("tcp://localhost:1883", "sensor", "sensor");
                connections++;
            } catch (Exception e) {
                Thread.sleep(1000);
                continue;
            }
            try (publisher) {
                while (System.nanoTime() < end) {
                    // paced: sequence n goes out no earlier than n / rate seconds after the start
                    long due = started + (long) sequence * 1_000_000_000L / rate;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    if (!publisher.publish(topics.get(sequence % topics.size()), sequence)) {
                        break;
                    }
                    sequence++;
                    if (System.nanoTime() - lastWrite > 1_000_000_000L) {
                        acknowledged.or(publisher.acknowledgedResults());
                        DurabilityCheck.write(file, acknowledged);
                        lastWrite = System.nanoTime();
                    }
                }
                drain(publisher);
                acknowledged.or(publisher.acknowledgedResults());
                DurabilityCheck.write(file, acknowledged);
            }
            Thread.sleep(1000);
        }
        System.out.println("published " + sequence + " in " + connections + " connections, acknowledged by the broker "
                + acknowledged.cardinality());
    }

    /** Waits up to 30 s for the messages in flight (a broken connection fails them at once). */
    private static void drain(Publisher publisher) throws InterruptedException {
        Thread waiter = new Thread(() -> {
            try {
                publisher.drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.setDaemon(true);
        waiter.start();
        waiter.join(30_000);
    }
}
