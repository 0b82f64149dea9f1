package org.stadtkern.core.api.measure;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.stadtkern.core.api.Mqtt;
import org.stadtkern.core.api.Tenancy;

import com.fasterxml.jackson.databind.ObjectReader;

/**
 * MQTT input in one call: a durable QoS 1 subscription ({@link Mqtt#durable}) whose messages are
 * bound to a record strictly (unknown fields, wrong types and missing numbers refused with the
 * field named; larger than the limit refused unread), given the tenant of their publisher, and
 * handed to the handler. What the binding or the handler refuses ({@link IllegalArgumentException}
 * or any other exception) is dead-lettered with its reason; a failure of the database is not
 * acknowledged and comes again ({@link ErrorPolicy}, which the route builder must apply).
 *
 * <pre>
 * ErrorPolicy.apply(this);
 * MqttInput.from(this, "parking.occupancy", "parking/+/occupancy", Occupancy.class, 4096, tenancy,
 *         message -&gt; store.save(message.tenant(), message.payload()));
 * </pre>
 */
public final class MqttInput {

    /**
     * The MQTT 5 user property in which the embedded broker names the tenant of a message's publisher
     * (it replaces whatever a client put there).
     */
    public static final String TENANT_PROPERTY = "stadtkern-tenant";

    /**
     * One message as a handler gets it.
     *
     * @param payload the message bound to the record type
     * @param topic the topic it was published to
     * @param tenant the tenant of its publisher ({@link Tenancy#publisherTenant})
     */
    public record Message<T>(T payload, String topic, String tenant) {
    }

    /** What a measure does with a message; throw {@link IllegalArgumentException} with the reason to refuse it. */
    @FunctionalInterface
    public interface Handler<T> {
        void handle(Message<T> message) throws Exception;
    }

    private MqttInput() {
    }

    /**
     * Adds the route to the builder and returns it (for more steps, rarely needed).
     *
     * @param routeId the route's id, which starts with the measure's id; also the subscriber's id
     * @param topicFilter the topic filter, wildcards allowed
     * @param type the record a message is bound to
     * @param maxBytes the largest message taken
     */
    public static <T> RouteDefinition from(RouteBuilder routes, String routeId, String topicFilter, Class<T> type,
            int maxBytes, Tenancy tenancy, Handler<T> handler) {
        ObjectReader reader = Json.strictReader(type);
        return routes.from(Mqtt.durable(topicFilter, routeId)).routeId(routeId)
                .process(exchange -> handler.handle(new Message<>(
                        bind(exchange.getMessage().getBody(byte[].class), reader, maxBytes),
                        exchange.getMessage().getHeader(Mqtt.TOPIC_HEADER, String.class),
                        publisherTenant(exchange, tenancy))));
    }

    /**
     * The tenant of the publisher of the MQTT message the exchange holds ({@link Tenancy#publisherTenant}),
     * for routes that read MQTT without {@link #from}.
     */
    public static String publisherTenant(Exchange exchange, Tenancy tenancy) {
        return tenancy.publisherTenant(stampedTenant(exchange));
    }

    /** A payload bound strictly to the type, or {@link IllegalArgumentException} with the reason. */
    public static <T> T bind(byte[] payload, Class<T> type, int maxBytes) {
        return bind(payload, Json.strictReader(type), maxBytes);
    }

    private static <T> T bind(byte[] payload, ObjectReader reader, int maxBytes) {
        if (payload == null || payload.length == 0) {
            throw new IllegalArgumentException("empty message");
        }
        if (payload.length > maxBytes) {
            throw new IllegalArgumentException("message larger than " + maxBytes + " bytes");
        }
        return Json.bind(payload, reader);
    }

    /** The tenant the broker stamped on the message, or null. */
    private static String stampedTenant(Exchange exchange) {
        MqttProperties properties = exchange.getMessage().getHeader(Mqtt.PROPERTIES_HEADER, MqttProperties.class);
        if (properties == null || properties.getUserProperties() == null) {
            return null;
        }
        List<String> stamps = properties.getUserProperties().stream().filter(p -> TENANT_PROPERTY.equals(p.getKey()))
                .map(UserProperty::getValue).toList();
        return stamps.size() == 1 ? stamps.get(0) : null;
    }
}
