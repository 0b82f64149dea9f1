package org.stadtkern.hinweg.internal.platform;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.hinweg.internal.store.CountingSensor;
import org.stadtkern.hinweg.internal.store.DoorEventStore;
import org.stadtkern.hinweg.internal.store.FleetStore;
import org.stadtkern.hinweg.internal.store.StopCountStore;

/**
 * Makes the platform copies of the raw counts ({@link RawCounts}) from Hin &amp; Weg's own records,
 * the one store of record: every door event and stop reading is stored as not yet copied, and this
 * one worker copies what is not, oldest first, and marks it copied once the platform has committed
 * it. So nothing counted is missing on the platform after a crash, an outage of the platform's
 * database, a reinstall of either feature or a later installation of the platform; and nothing is
 * copied twice (a copy committed just before a crash is found and not made again). It runs when
 * woken by a new count, at its start and once a minute.
 */
@Component(service = PlatformCopies.class, immediate = true)
public final class PlatformCopies {

    /** Records copied per round trip to the database. */
    static final int BATCH = 500;
    private static final long RETRY_SECONDS = 60;
    private static final long COMMIT_WAIT_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(PlatformCopies.class);

    private final RawCounts raw;
    private final DoorEventStore events;
    private final StopCountStore readings;
    private final FleetStore fleet;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "stadtkern-hinweg-platform-copies");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean woken = new AtomicBoolean();
    private volatile String lastProblem;

    @Activate
    public PlatformCopies(@Reference RawCounts raw, @Reference DoorEventStore events,
            @Reference StopCountStore readings, @Reference FleetStore fleet) {
        this.raw = raw;
        this.events = events;
        this.readings = readings;
        this.fleet = fleet;
        worker.scheduleWithFixedDelay(this::copyAll, 0, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** A count was stored: copy it (and whatever else waits) soon. */
    public void wake() {
        if (woken.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    woken.set(false);
                    copyAll();
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // deactivated: the next start copies it
            }
        }
    }

    /** Copies full batches while each is copied whole; what fails is tried again within a minute. */
    private void copyAll() {
        try {
            boolean more;
            do {
                more = copyDoorEvents() & copyReadings();
            } while (more && !Thread.currentThread().isInterrupted());
        } catch (SQLException | RuntimeException e) {
            problem("Raw counts not copied to the platform yet (tried again within a minute): " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies the oldest uncopied door events; true when the batch was full and all of it is done. */
    private boolean copyDoorEvents() throws SQLException, InterruptedException {
        List<DoorEventStore.Uncopied> batch = events.uncopied(BATCH);
        List<DoorEventStore.Uncopied> done = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> copies = new ArrayList<>();
        for (DoorEventStore.Uncopied uncopied : batch) {
            String what = "door event of sensor '" + uncopied.counted().event().sensor() + "' at "
                    + uncopied.counted().event().time();
            copies.add(copy(what, () -> raw.doorEvent(uncopied.tenant(), sensor(uncopied.tenant(),
                    uncopied.counted().event().sensor()), uncopied.counted().event(),
                    uncopied.counted().stopSequence()), () -> done.add(uncopied)));
        }
        await(copies);
        events.copied(List.copyOf(done));
        return batch.size() == BATCH && done.size() == BATCH;
    }

    /** Copies the oldest uncopied stop readings; true when the batch was full and all of it is done. */
    private boolean copyReadings() throws SQLException, InterruptedException {
        List<StopCountStore.Uncopied> batch = readings.uncopied(BATCH);
        List<StopCountStore.Uncopied> done = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> copies = new ArrayList<>();
        for (StopCountStore.Uncopied uncopied : batch) {
            String what = "stop reading of sensor '" + uncopied.sensor() + "' at " + uncopied.at();
            copies.add(copy(what, () -> raw.stopCount(uncopied.tenant(), sensor(uncopied.tenant(), uncopied.sensor()),
                    uncopied.at(), uncopied.waiting()), () -> done.add(uncopied)));
        }
        await(copies);
        readings.copied(List.copyOf(done));
        return batch.size() == BATCH && done.size() == BATCH;
    }

    /** What copies one record. */
    @FunctionalInterface
    private interface Copy {
        CompletableFuture<Void> start() throws SQLException;
    }

    /**
     * Starts a copy; {@code done} runs once it is committed, or when the platform refuses the record
     * for good (its sensor removed from the fleet, its Datastream deleted by an operator, its stop no
     * longer in the network: logged, not tried again). A failure of the platform leaves it uncopied.
     */
    private CompletableFuture<Void> copy(String what, Copy copy, Runnable done) {
        CompletableFuture<Void> started;
        try {
            started = copy.start();
        } catch (IllegalArgumentException e) {
            started = CompletableFuture.failedFuture(e);
        } catch (SQLException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return started.handle((ok, error) -> {
            Throwable cause = error != null && error.getCause() != null ? error.getCause() : error;
            if (cause == null) {
                done.run();
            } else if (cause instanceof IllegalArgumentException) {
                LOG.warn("The platform refuses the {}, not copied: {}", what, cause.getMessage());
                done.run();
            } else {
                throw new IllegalStateException(cause.getMessage(), cause);
            }
            return null;
        });
    }

    private CountingSensor sensor(String tenant, String id) throws SQLException {
        return fleet.sensor(tenant, id).orElseThrow(() -> new IllegalArgumentException("sensor '" + id
                + "' is no longer in the fleet"));
    }

    /** Waits for the copies' commits; those that failed stay uncopied and are tried again. */
    private void await(List<CompletableFuture<Void>> copies) throws InterruptedException {
        try {
            CompletableFuture.allOf(copies.toArray(CompletableFuture[]::new))
                    .get(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS);
            lastProblem = null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null && e.getCause().getCause() != null ? e.getCause().getCause()
                    : e.getCause();
            problem("Raw counts not copied to the platform yet (tried again within a minute): " + cause);
        } catch (TimeoutException e) {
            problem("Raw counts not committed by the platform within " + COMMIT_WAIT_SECONDS + " s");
        }
    }

    /** Logs a problem once until it changes or copying works again. */
    private void problem(String message) {
        if (!message.equals(lastProblem)) {
            lastProblem = message;
            LOG.warn(message);
        }
    }
}
