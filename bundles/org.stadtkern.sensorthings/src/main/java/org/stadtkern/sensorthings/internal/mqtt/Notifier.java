package org.stadtkern.sensorthings.internal.mqtt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.MessagePublisher;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.store.Columns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Publishes created and changed entities to the topics of the SensorThings MQTT extension
 * (version v1.1): the entity set ({@code v1.1/Observations}), the entity ({@code v1.1/Observations(5)}),
 * the collections it belongs to ({@code v1.1/Datastreams(1)/Observations}) and, after an update, each
 * changed property ({@code v1.1/Things(1)/name}). Notifications use QoS 0, as they describe state
 * that can be read again over HTTP; a broker outage never fails the write that caused them.
 * The newest Observation of each Datastream is also kept as a retained message, published at most
 * once a second per Datastream.
 */
@Component(service = Notifier.class)
public final class Notifier {

    /** The MQTT topic prefix (the API version) notifications are published under. */
    public static final String VERSION = "v1.1";
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final MessagePublisher publisher;
    private final Map<Long, byte[]> latest = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "stadtkern-sensorthings-latest");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public Notifier(@Reference MessagePublisher publisher) {
        this.publisher = publisher;
        scheduler.scheduleWithFixedDelay(this::publishLatest, 1, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
        publishLatest();
    }

    /** Topics that show a newly created entity. */
    public static List<String> topics(Entity entity) {
        String set = VERSION + "/" + entity.type().plural();
        List<String> topics = new ArrayList<>(List.of(set, set + "(" + entity.id() + ")"));
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

    /** Publishes a created entity, given as its JSON. */
    public void created(Entity entity, ObjectNode json) {
        byte[] payload = bytes(json);
        for (String topic : topics(entity)) {
            send(topic, payload, false);
        }
    }

    /**
     * Publishes an Observation that is now the newest of its Datastream as the retained message of
     * {@code v1.1/Datastreams(id)/latest} (an extension): a display subscribing gets the current
     * value at once.
     */
    public void latest(long datastream, ObjectNode json) {
        latest.put(datastream, bytes(json));
    }

    private void publishLatest() {
        for (Long datastream : List.copyOf(latest.keySet())) {
            byte[] payload = latest.remove(datastream);
            if (payload != null) {
                send(VERSION + "/Datastreams(" + datastream + ")/latest", payload, true);
            }
        }
    }

    /** Publishes an updated entity and each of its changed properties. */
    public void updated(Entity entity, ObjectNode json, Set<String> changed) {
        String self = VERSION + "/" + entity.type().plural() + "(" + entity.id() + ")";
        send(self, bytes(json), false);
        for (String property : changed) {
            JsonNode value = json.get(property);
            if (value != null) {
                send(self + "/" + property, bytes(JsonNodeFactory.instance.objectNode().set(property, value)), false);
            }
        }
    }

    private void send(String topic, byte[] payload, boolean retained) {
        try {
            publisher.publish(topic, payload, retained ? 1 : 0, retained);
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
