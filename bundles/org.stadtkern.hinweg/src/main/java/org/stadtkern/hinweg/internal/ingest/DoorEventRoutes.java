package org.stadtkern.hinweg.internal.ingest;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.stadtkern.core.api.Mqtt;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.core.api.measure.ErrorPolicy;
import org.stadtkern.hinweg.internal.HinwegConfig;

/**
 * Routes {@code hinweg.door-events} and {@code hinweg.stop-counts}: durable QoS 1 subscriptions to
 * the topics of the door counters and of the people counters at stops; each message is counted or,
 * with its reason, dead-lettered, and acknowledged either way.
 */
@Component(service = RouteContribution.class, configurationPid = "org.stadtkern.hinweg")
@Designate(ocd = HinwegConfig.class)
public final class DoorEventRoutes implements RouteContribution {

    static final String ROUTE = "hinweg.door-events";
    static final String STOP_ROUTE = "hinweg.stop-counts";

    private final DoorEvents events;
    private final StopCounts stopCounts;
    private final String topic;
    private final String stopTopic;

    @Activate
    public DoorEventRoutes(HinwegConfig config, @Reference DoorEvents events, @Reference StopCounts stopCounts) {
        this.events = events;
        this.stopCounts = stopCounts;
        this.topic = config.door_events_topic();
        this.stopTopic = config.stop_counts_topic();
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
                ErrorPolicy.apply(this);
                from(Mqtt.durable(topic, ROUTE)).routeId(ROUTE)
                        .process(exchange -> events.count(exchange.getMessage().getBody(byte[].class)));
                from(Mqtt.durable(stopTopic, STOP_ROUTE)).routeId(STOP_ROUTE)
                        .process(exchange -> stopCounts.count(exchange.getMessage().getBody(byte[].class)));
            }
        };
    }
}
