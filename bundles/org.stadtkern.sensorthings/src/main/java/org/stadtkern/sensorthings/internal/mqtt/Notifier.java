package org.stadtkern.sensorthings.internal.mqtt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 */
public final class Notifier {

    /** The MQTT topic prefix (the API version) notifications are published under. */
    public static final String VERSION = "v1.1";
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final MessagePublisher publisher;

    public Notifier(MessagePublisher publisher) {
        this.publisher = publisher;
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
            send(topic, payload);
        }
    }

    /** Publishes an updated entity and each of its changed properties. */
    public void updated(Entity entity, ObjectNode json, Set<String> changed) {
        String self = VERSION + "/" + entity.type().plural() + "(" + entity.id() + ")";
        send(self, bytes(json));
        for (String property : changed) {
            JsonNode value = json.get(property);
            if (value != null) {
                send(self + "/" + property, bytes(JsonNodeFactory.instance.objectNode().set(property, value)));
            }
        }
    }

    private void send(String topic, byte[] payload) {
        try {
            publisher.publish(topic, payload, 0, false);
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
