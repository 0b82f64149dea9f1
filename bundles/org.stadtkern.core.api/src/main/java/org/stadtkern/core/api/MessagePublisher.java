package org.stadtkern.core.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Publishes MQTT messages through the core's broker connection, for code outside routes: change
 * notifications, retained messages for displays. Every message carries the MQTT 5 user property
 * {@value #ORIGIN_PROPERTY} = {@value #ORIGIN}, so that Stadtkern's own subscribers can tell its
 * messages from those of clients on the same topics.
 *
 * <p>The one way Stadtkern publishes, in routes too (a processor calling it). Every message names
 * its audience ({@value #AUDIENCE_PROPERTY}), and on the embedded broker reaches only the subscribers
 * it allows: {@link #OPEN} for everyone, {@link #tenant(String)} for the users of one tenant,
 * {@link #ADMINISTRATORS} for the broker's administrators (the runtime's own subscribers). With an
 * external broker its own access rules apply instead.
 */
@ProviderType
public interface MessagePublisher {

    /**
     * The realm role of the runtime's own broker account. On the embedded broker only it publishes
     * on the runtime's output topics, retains messages and carries {@value #ORIGIN_PROPERTY}: the
     * broker removes that property from every other publisher's messages.
     */
    String RUNTIME_ROLE = "runtime";

    /** Name of the user property that marks Stadtkern's own messages. */
    String ORIGIN_PROPERTY = "stadtkern-origin";

    /** Its value. */
    String ORIGIN = "stadtkern";

    /** Name of the user property that says who may receive a message. */
    String AUDIENCE_PROPERTY = "stadtkern-audience";

    /** The audience of open data: every subscriber, also anonymous ones. */
    String OPEN = "open";

    /** The audience of messages for the runtime itself (and the broker's administrators), such as raw device input. */
    String ADMINISTRATORS = "administrators";

    /** The audience of a tenant's internal data: the tenant's users with a role. */
    static String tenant(String tenant) {
        return "tenant:" + tenant;
    }

    /**
     * Publishes a message; returns when the client has handed it on (QoS 0) or the broker has
     * acknowledged it (QoS 1).
     *
     * @param topic the topic, without wildcards
     * @param payload the payload
     * @param qos 0 or 1
     * @param retained whether the broker keeps it as the topic's last message
     * @param audience {@link #OPEN}, {@link #tenant(String)} or {@link #ADMINISTRATORS}
     * @throws IllegalArgumentException for a topic with wildcards, another QoS or no audience
     * @throws IllegalStateException when the broker cannot be reached
     */
    void publish(String topic, byte[] payload, int qos, boolean retained, String audience);
}
