package org.stadtkern.demo.internal;

import org.apache.camel.LoggingLevel;
import org.apache.camel.Processor;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.stadtkern.core.api.Mqtt;

/**
 * A simulated gateway as a route: every period a processor makes the messages of the moment (a list
 * of {@link Reading}s) and each is published over MQTT to its topic, as a real gateway would; while
 * the broker is away, one warning per tick, and the next tick tries again.
 */
final class Gateway {

    /** One message as published: topic and JSON payload. */
    record Reading(String topic, String json) {
    }

    /**
     * Sets the topic of a message to publish. The simulated devices publish on the core's MQTT component
     * as the devices' own clients would, not through {@code MessagePublisher}: its messages are
     * Stadtkern's own (notifications, retained state), which the platform does not take as input.
     */
    private static final String TOPIC_HEADER = "CamelPahoMqtt5OverrideTopic";

    private Gateway() {
    }

    /**
     * The route.
     *
     * @param name the route id after {@code demo.} (also the timer's name)
     * @param delayMillis time before the first tick
     * @param periodMillis time between ticks
     * @param readings sets the exchange's body to a list of readings, each naming its topic
     */
    static RoutesBuilder route(String name, long delayMillis, long periodMillis, Processor readings) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true)
                        .log(LoggingLevel.WARN, "Demo " + name + " not published: ${exception.message}");

                from("timer:demo-" + name + "?delay=" + delayMillis + "&period=" + periodMillis)
                        .routeId("demo." + name)
                        .process(readings)
                        .split(body()).stopOnException()
                            .setHeader(TOPIC_HEADER, simple("${body.topic}"))
                            .setBody(simple("${body.json}"))
                            .to(Mqtt.COMPONENT + ":demo/" + name + "?qos=1");
            }
        };
    }
}
