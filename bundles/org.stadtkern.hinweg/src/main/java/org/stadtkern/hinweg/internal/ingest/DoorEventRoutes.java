package org.stadtkern.hinweg.internal.ingest;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.stadtkern.core.api.DeadLetters;
import org.stadtkern.core.api.Mqtt;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.hinweg.internal.HinwegConfig;

/**
 * Route {@code hinweg.door-events}: a durable QoS 1 subscription to the door event topic; each
 * message is counted or, with its reason, dead-lettered, and acknowledged either way.
 */
@Component(service = RouteContribution.class, configurationPid = "org.stadtkern.hinweg")
@Designate(ocd = HinwegConfig.class)
public final class DoorEventRoutes implements RouteContribution {

    static final String ROUTE = "hinweg.door-events";

    private final DoorEvents events;
    private final String topic;

    @Activate
    public DoorEventRoutes(HinwegConfig config, @Reference DoorEvents events) {
        this.events = events;
        this.topic = config.door_events_topic();
    }

    @Override
    public String measure() {
        return "hinweg";
    }

    @Override
    public RoutesBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel(DeadLetters.ENDPOINT).useOriginalMessage().logExhausted(false));
                from(Mqtt.durable(topic, ROUTE)).routeId(ROUTE)
                        .process(exchange -> events.count(exchange.getMessage().getBody(byte[].class)));
            }
        };
    }
}
