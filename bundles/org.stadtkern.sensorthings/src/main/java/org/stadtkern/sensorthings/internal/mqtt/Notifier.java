package org.stadtkern.sensorthings.internal.mqtt;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.MessagePublisher;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.TopicSubscriptions;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.sensorthings.internal.SensorThingsConfig;
import org.stadtkern.sensorthings.internal.json.EntityJson;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.query.Query;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.TimeInterval;
import org.stadtkern.sensorthings.internal.store.Columns;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Publishes created and changed entities to the topics of the SensorThings MQTT extension (version
 * v1.1): a new entity to its entity set ({@code v1.1/Observations}) and to the collections it belongs
 * to ({@code v1.1/Datastreams(1)/Observations}); a changed entity to its own topic
 * ({@code v1.1/Things(1)}) and each changed property to its topic ({@code v1.1/Things(1)/name}).
 * Notifications use QoS 0, as they describe state that can be read again over HTTP; a broker outage
 * never fails the write that caused them. The newest Observation of each Datastream is also kept as
 * a retained message, published at most once a second per Datastream. A subscription with
 * {@code $select} ({@code v1.1/Things?$select=id,name}) gets its own notification with only those
 * properties, where the broker tells who subscribed ({@link TopicSubscriptions}, the embedded broker).
 * Each notification names its audience ({@link Audiences}): the embedded broker delivers it only to
 * subscribers who may read it, and notifications of personal data are not sent.
 */
@Component(service = Notifier.class, configurationPid = "org.stadtkern.sensorthings")
public final class Notifier {

    /** The MQTT topic prefix (the API version) notifications are published under. */
    public static final String VERSION = "v1.1";
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    private static final int QUEUE = 100_000;

    private final MessagePublisher publisher;
    private final Audiences audiences;
    private final Map<Long, Pending> latest = new ConcurrentHashMap<>();
    private final Map<Long, Latest> newest = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "stadtkern-sensorthings-latest");
        thread.setDaemon(true);
        return thread;
    });

    /** Sends in order, off the request threads; when the broker cannot keep up, notifications are dropped. */
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(QUEUE), r -> {
                Thread thread = new Thread(r, "stadtkern-sensorthings-notify");
                thread.setDaemon(true);
                return thread;
            }, (task, executor) -> dropped());
    private final AtomicLong dropped = new AtomicLong();

    private final boolean enabled;
    private final String root;
    private final int pageSize;

    /** Present with the embedded broker: who subscribed to notifications with $select. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TopicSubscriptions subscriptions;

    @Activate
    public Notifier(SensorThingsConfig config, @Reference MessagePublisher publisher,
            @Reference SensorThingsDatabase database, @Reference AccessControl access, @Reference Tenancy tenancy) {
        this.publisher = publisher;
        this.audiences = new Audiences(database, access, tenancy.defaultTenant());
        this.enabled = config.mqtt_notifications();
        this.root = root(config);
        this.pageSize = config.page_size();
        scheduler.scheduleWithFixedDelay(this::publishLatest, 1, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() throws InterruptedException {
        scheduler.shutdownNow();
        sender.shutdown();
        sender.awaitTermination(5, TimeUnit.SECONDS);
        publishLatest();
    }

    private void dropped() {
        if (dropped.incrementAndGet() % 10_000 == 1) {
            LOG.warn("MQTT notifications dropped: the broker does not keep up ({} so far)", dropped.get());
        }
    }

    /** The service root for links in notifications ({@code base.url}, else http://localhost:8181/sta). */
    public static String root(SensorThingsConfig config) {
        String base = config.base_url().isBlank() ? "http://localhost:8181/sta" : config.base_url();
        return base.replaceAll("/+$", "") + "/" + VERSION;
    }

    /** Topics that show a newly created entity. */
    public static List<String> topics(Entity entity) {
        // not the new entity's own topic: nobody can have subscribed to an entity before it existed
        List<String> topics = new ArrayList<>(List.of(VERSION + "/" + entity.type().plural()));
        for (Navigation navigation : entity.type().navigations()) {
            Long parent = navigation.toOne() ? entity.foreignKey(navigation) : null;
            if (parent == null) {
                continue;
            }
            navigation.target().navigations().stream()
                    .filter(back -> back.target() == entity.type() && navigation.column().equals(back.column()))
                    .forEach(back -> topics.add(VERSION + "/" + navigation.target().plural() + "(" + parent + ")/"
                            + back.name()));
        }
        return topics;
    }

    /** Publishes a created entity as its JSON (no $expand, no $select). */
    public void created(Entity entity) {
        try {
            created(entity, new EntityJson(null, root, pageSize).entity(entity, Query.NONE));
        } catch (SQLException | QueryException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes a created entity, given as its JSON; an Observation may become its Datastream's latest. */
    public void created(Entity entity, ObjectNode json) {
        if (!enabled) {
            return;
        }
        Optional<String> audience = audiences.of(entity);
        if (audience.isEmpty()) {
            return;
        }
        byte[] payload = bytes(json);
        for (String topic : topics(entity)) {
            sendEntity(topic, entity.type(), json, payload, audience.get());
        }
        if (entity.type() == EntityType.OBSERVATION) {
            latest(entity, new Pending(payload, audience.get()));
        }
    }

    /**
     * Keeps an Observation as the retained message of {@code v1.1/Datastreams(id)/latest} (an
     * extension) if it is the newest by phenomenonTime seen since the start; a display subscribing
     * gets the current value at once.
     */
    private void latest(Entity observation, Pending payload) {
        Long datastream = observation.foreignKey(EntityType.OBSERVATION.navigation("Datastream").orElseThrow());
        OffsetDateTime time = end(observation.value("phenomenonTime"));
        if (datastream == null || time == null) {
            return;
        }
        newest.compute(datastream, (id, previous) -> {
            if (previous != null && time.isBefore(previous.time())) {
                return previous;
            }
            latest.put(id, payload);
            return new Latest(time);
        });
    }

    private static OffsetDateTime end(Object time) {
        return time instanceof TimeInterval interval ? interval.end() : (OffsetDateTime) time;
    }

    private record Latest(OffsetDateTime time) {
    }

    /** A latest Observation waiting to be published, with its audience. */
    private record Pending(byte[] payload, String audience) {
    }

    private void publishLatest() {
        for (Long datastream : List.copyOf(latest.keySet())) {
            Pending pending = latest.remove(datastream);
            if (pending != null) {
                send(VERSION + "/Datastreams(" + datastream + ")/latest", pending.payload(), true, pending.audience());
            }
        }
    }

    /** Publishes an updated entity and each of its changed properties. */
    public void updated(Entity entity, ObjectNode json, Set<String> changed) {
        if (!enabled) {
            return;
        }
        Optional<String> audience = audiences.of(entity);
        if (audience.isEmpty()) {
            return;
        }
        String self = VERSION + "/" + entity.type().plural() + "(" + entity.id() + ")";
        sendEntity(self, entity.type(), json, bytes(json), audience.get());
        for (String property : changed) {
            JsonNode value = json.get(property);
            if (value != null) {
                send(self + "/" + property, bytes(JsonNodeFactory.instance.objectNode().set(property, value)), false,
                        audience.get());
            }
        }
    }

    private void send(String topic, byte[] payload, boolean retained, String audience) {
        if (sender.isShutdown()) {
            publish(topic, payload, retained, audience);
        } else {
            sender.execute(() -> publish(topic, payload, retained, audience));
        }
    }

    /** Publishes an entity to a topic and, with only the selected properties, to its $select subscriptions. */
    private void sendEntity(String topic, EntityType type, ObjectNode json, byte[] payload, String audience) {
        send(topic, payload, false, audience);
        TopicSubscriptions known = subscriptions;
        if (known == null) {
            return;
        }
        for (String filter : known.startingWith(topic + "?")) {
            SelectedNotification.of(type, filter.substring(topic.length() + 1), json)
                    .ifPresent(selected -> send(filter, bytes(selected), false, audience));
        }
    }

    private void publish(String topic, byte[] payload, boolean retained, String audience) {
        try {
            publisher.publish(topic, payload, retained ? 1 : 0, retained, audience);
        } catch (RuntimeException e) {
            LOG.warn("Notification to {} not published: {}", topic, e.getMessage());
        }
    }

    private static byte[] bytes(JsonNode json) {
        try {
            return Columns.MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
