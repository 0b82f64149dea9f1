package org.stadtkern.platform.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores observations in batches. An exchange completes only after its batch is committed, so an
 * MQTT message is acknowledged to the broker only when its observation is in the database; while
 * the database is slower than the input, the queue fills and MQTT delivery waits (back pressure).
 */
final class ObservationWriter extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ObservationWriter.class);

    private record Pending(Observation observation, Exchange exchange, AsyncCallback callback) {
    }

    private final ObservationStore store;
    private final int batchSize;
    private final BlockingQueue<Pending> queue;
    private final Thread thread;
    private volatile boolean running = true;
    private ObservationStore.Inserter inserter;

    ObservationWriter(ObservationStore store, int batchSize) {
        this.store = store;
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(batchSize * 4);
        this.thread = new Thread(this::run, "stadtkern-platform-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            queue.put(new Pending(exchange.getMessage().getBody(Observation.class), exchange, callback));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.setException(e);
            callback.done(true);
            return true;
        }
    }

    /** Writes what is queued, then stops the writer thread. */
    void drainAndStop() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
        closeInserter();
    }

    private void write(List<Pending> batch) {
        List<Observation> observations = new ArrayList<>(batch.size());
        batch.forEach(pending -> observations.add(pending.observation()));
        try {
            if (inserter == null) {
                inserter = store.inserter();
            }
            inserter.insert(observations);
        } catch (SQLException | RuntimeException e) {
            LOG.error("Batch of {} observations not stored", batch.size(), e);
            batch.forEach(pending -> pending.exchange().setException(e));
            closeInserter();
        }
        batch.forEach(pending -> pending.callback().done(false));
    }

    private void closeInserter() {
        try {
            if (inserter != null) {
                inserter.close();
            }
        } catch (SQLException e) {
            LOG.debug("Connection not closed cleanly", e);
        } finally {
            inserter = null;
        }
    }
}
