package org.stadtkern.sensorthings.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.measure.ErrorPolicy;
import org.stadtkern.core.api.measure.Unavailable;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Property;
import org.stadtkern.sensorthings.internal.query.QueryException;

/**
 * Group commit of Observations created one at a time (HTTP POST to a Datastream's Observations, MQTT
 * messages): callers hand in checked Observations and wait; one writer thread stores everything
 * waiting in one transaction and completes each caller with its new id after the commit. Under load
 * many creates share one commit; alone, a create is committed at once.
 */
@Component(service = ObservationIngest.class)
public final class ObservationIngest {

    private static final Logger LOG = LoggerFactory.getLogger(ObservationIngest.class);
    static final int MAX_BATCH = 1000;

    /** One Observation waiting to be stored. */
    private record Pending(String tenant, long datastream, Map<String, Object> values, Long feature,
            CompletableFuture<Entity> id) {
    }

    private final SensorThingsDatabase database;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(100_000);
    private final Thread writer;
    private volatile boolean running = true;
    private static final long WARN_INTERVAL_NANOS = 10_000_000_000L;
    /** Only the writer thread touches these two. */
    private long warnedAt = System.nanoTime() - WARN_INTERVAL_NANOS;
    private long unstored;

    @Activate
    public ObservationIngest(@Reference SensorThingsDatabase database) {
        this.database = database;
        this.writer = new Thread(this::write, "stadtkern-sensorthings-ingest");
        writer.setDaemon(true);
        writer.start();
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        writer.interrupt();
        writer.join(10_000);
        Pending left;
        while ((left = queue.poll()) != null) {
            left.id().completeExceptionally(new Unavailable("The service is stopping."));
        }
    }

    /**
     * Stores an Observation (checked with {@link ObservationBatch#values}); completes after the commit
     * with the stored Observation.
     */
    public CompletableFuture<Entity> submit(String tenant, long datastream, Map<String, Object> values) {
        return submit(tenant, datastream, values, null);
    }

    /**
     * Stores an Observation of an existing FeatureOfInterest ({@code null}: the automatic one, from
     * the Thing's Location); completes after the commit, or with a {@link QueryException} when the
     * FeatureOfInterest does not exist.
     */
    public CompletableFuture<Entity> submit(String tenant, long datastream, Map<String, Object> values, Long feature) {
        CompletableFuture<Entity> id = new CompletableFuture<>();
        if (!running || !queue.offer(new Pending(tenant, datastream, values, feature, id))) {
            id.completeExceptionally(new Unavailable("The ingest queue is full or stopped."));
        }
        return id;
    }

    private void write() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                store(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Observation batch failed", e);
                batch.forEach(p -> p.id().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private static Entity observation(long id, Pending pending, long feature) {
        Entity entity = new Entity(EntityType.OBSERVATION, id);
        for (Property property : EntityType.OBSERVATION.properties()) {
            entity.value(property.name(), pending.values().get(property.name()));
        }
        entity.foreignKey("datastream_id", pending.datastream());
        entity.foreignKey("feature_id", feature);
        return entity;
    }

    private void store(List<Pending> batch) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                Map<String, List<Pending>> byTenant = new java.util.LinkedHashMap<>();
                batch.forEach(p -> byTenant.computeIfAbsent(p.tenant(), t -> new ArrayList<>()).add(p));
                List<Pending> stored = new ArrayList<>();
                List<Long> features = new ArrayList<>();
                List<Long> ids = new ArrayList<>();
                for (Map.Entry<String, List<Pending>> tenant : byTenant.entrySet()) {
                    try (ObservationBatch observations = new ObservationBatch(connection, tenant.getKey())) {
                        for (Pending pending : tenant.getValue()) {
                            try {
                                features.add(observations.add(pending.datastream(), pending.values(),
                                        pending.feature()));
                                stored.add(pending);
                            } catch (QueryException e) {
                                pending.id().completeExceptionally(e);
                            }
                        }
                        ids.addAll(observations.flush());
                    }
                }
                connection.commit();
                for (int i = 0; i < stored.size(); i++) {
                    Pending pending = stored.get(i);
                    pending.id().complete(observation(ids.get(i), pending, features.get(i)));
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            if (ErrorPolicy.runtimeFailure(e)) {
                // the database is away and the callers retry: one line every ten seconds, not one per batch
                unstored += batch.size();
                if (System.nanoTime() - warnedAt > WARN_INTERVAL_NANOS) {
                    LOG.warn("{} Observations not stored yet, the database does not answer: {}", unstored,
                            e.getMessage());
                    warnedAt = System.nanoTime();
                    unstored = 0;
                }
            } else {
                LOG.error("Observation batch of {} not stored", batch.size(), e);
            }
            batch.forEach(p -> p.id().completeExceptionally(e));
        }
    }
}
