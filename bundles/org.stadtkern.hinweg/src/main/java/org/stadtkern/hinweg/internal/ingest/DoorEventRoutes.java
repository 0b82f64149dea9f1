package org.stadtkern.hinweg.internal.ingest;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.measure.ErrorPolicy;
import org.stadtkern.core.api.measure.MqttInput;
import org.stadtkern.hinweg.internal.HinwegConfig;
import org.stadtkern.hinweg.internal.load.DoorEvent;

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
    private final Tenancy tenancy;
    private final String topic;
    private final String stopTopic;

    @Activate
    public DoorEventRoutes(HinwegConfig config, @Reference DoorEvents events, @Reference StopCounts stopCounts,
            @Reference Tenancy tenancy) {
        this.events = events;
        this.stopCounts = stopCounts;
        this.tenancy = tenancy;
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
                MqttInput.from(this, ROUTE, topic, DoorEvent.class, CountCheck.MAX_BYTES, tenancy, events::count);
                MqttInput.from(this, STOP_ROUTE, stopTopic, StopCount.class, CountCheck.MAX_BYTES, tenancy,
                        stopCounts::count);
            }
        };
    }
}
