package org.stadtkern.core.api;

/**
 * Endpoint URIs for the core's named MQTT component, for input: the component holds the broker address
 * and credentials (configuration PID {@code org.stadtkern.core}); routes only name topics. Output goes
 * through the {@link MessagePublisher} service, which makes every message name its audience.
 */
public final class Mqtt {

    /** Name of the core's MQTT component in endpoint URIs. */
    public static final String COMPONENT = "mqtt";

    /** Header holding the topic a received message was published to. */
    public static final String TOPIC_HEADER = "CamelMqttTopic";

    /** Header holding the MQTT 5 properties of a received message, or setting those of one to publish. */
    public static final String PROPERTIES_HEADER = "CamelPahoMqtt5MsgProperties";

    /** How long the broker keeps a durable subscriber's session while it is away: 7 days. */
    static final long SESSION_EXPIRY_SECONDS = 7L * 24 * 3600;

    /**
     * Unacknowledged messages the broker hands one subscriber at most (MQTT's default is 65,535): the
     * messages a route holds while the database is down and it retries them, and the bound on the
     * memory a backlog takes when it drains.
     */
    static final int RECEIVE_MAXIMUM = 10_000;

    private Mqtt() {
    }

    /**
     * A durable QoS 1 subscription: the broker keeps messages while the runtime is down, and a
     * message is acknowledged only when the route has finished with it (stored or dead-lettered); at most
     * {@value #RECEIVE_MAXIMUM} are unacknowledged at a time.
     * After a lost connection the core reconnects the route (a fresh session resume, which is more
     * reliable than Paho's automatic reconnect).
     *
     * @param topicFilter MQTT topic filter, wildcards allowed ({@code sensors/#})
     * @param subscriberId stable id of this subscriber; by convention the route id
     */
    public static String durable(String topicFilter, String subscriberId) {
        return COMPONENT + ":" + encode(topicFilter)
                + "?clientId=stadtkern-" + subscriberId
                + "&qos=1&cleanStart=false&manualAcksEnabled=true&automaticReconnect=false"
                + "&sessionExpiryInterval=" + SESSION_EXPIRY_SECONDS + "&receiveMaximum=" + RECEIVE_MAXIMUM;
    }

    private static String encode(String topic) {
        return topic.replace("#", "%23").replace("+", "%2B");
    }
}
