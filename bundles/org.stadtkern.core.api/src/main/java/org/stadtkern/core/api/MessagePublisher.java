package org.stadtkern.core.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Publishes MQTT messages through the core's broker connection, for code outside routes: change
 * notifications, retained messages for displays. Every message carries the MQTT 5 user property
 * {@value #ORIGIN_PROPERTY} = {@value #ORIGIN}, so that Stadtkern's own subscribers can tell its
 * messages from those of clients on the same topics.
 */
@ProviderType
public interface MessagePublisher {

    /** Name of the user property that marks Stadtkern's own messages. */
    String ORIGIN_PROPERTY = "stadtkern-origin";

    /** Its value. */
    String ORIGIN = "stadtkern";

    /**
     * Publishes a message; returns when the client has handed it on (QoS 0) or the broker has
     * acknowledged it (QoS 1).
     *
     * @param topic the topic, without wildcards
     * @param payload the payload
     * @param qos 0 or 1
     * @param retained whether the broker keeps it as the topic's last message
     * @throws IllegalStateException when the broker cannot be reached
     */
    void publish(String topic, byte[] payload, int qos, boolean retained);
}
