package org.stadtkern.remotework.internal.ingest;

import java.time.Instant;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.measure.ErrorPolicy;
import org.stadtkern.core.api.measure.MqttInput;
import org.stadtkern.remotework.internal.RemoteworkConfig;
import org.stadtkern.remotework.internal.store.Lifecycle;
import org.stadtkern.remotework.internal.store.Occupancy;

/**
 * Route {@code remotework.presence}: a durable QoS 1 subscription to the sensors' presence topic; each
 * report changes its space's live occupancy (and checks in a booking about to start there) or is
 * dead-lettered with its reason (unknown sensor, malformed). Route {@code remotework.housekeeping}: every
 * minute releases the no-shows and completes ended bookings. Route {@code remotework.profile}: samples
 * every site's occupancy for its "usually busy" profile.
 */
@Component(service = RouteContribution.class, configurationPid = "org.stadtkern.remotework")
public final class RemoteworkRoutes implements RouteContribution {

    private static final int MAX_BYTES = 1024;

    private final Occupancy occupancy;
    private final Lifecycle lifecycle;
    private final Tenancy tenancy;
    private final String topic;
    private final int sampleSeconds;

    @Activate
    public RemoteworkRoutes(RemoteworkConfig config, @Reference Occupancy occupancy, @Reference Lifecycle lifecycle,
            @Reference Tenancy tenancy) {
        this.occupancy = occupancy;
        this.lifecycle = lifecycle;
        this.tenancy = tenancy;
        this.topic = config.presence_topic();
        this.sampleSeconds = config.sample_seconds();
    }

    @Override
    public String measure() {
        return "remotework";
    }

    @Override
    public RoutesBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                ErrorPolicy.apply(this);
                MqttInput.from(this, "remotework.presence", topic, Presence.class, MAX_BYTES, tenancy, message -> {
                    Presence presence = message.payload();
                    if (presence.sensor() == null || presence.sensor().isBlank()) {
                        throw new IllegalArgumentException("sensor is missing");
                    }
                    Instant now = Instant.now();
                    occupancy.presence(message.tenant(), presence.sensor(), presence.occupied(),
                            presence.time() == null ? now : presence.time(), now);
                });
                from("timer:remotework-housekeeping?delay=5000&period=60000").routeId("remotework.housekeeping")
                        .process(exchange -> {
                            Instant now = Instant.now();
                            lifecycle.releaseNoShows(now);
                            lifecycle.completeEnded(now);
                        });
                from("timer:remotework-profile?delay=10000&period=" + sampleSeconds * 1000L)
                        .routeId("remotework.profile").process(exchange -> occupancy.sample(Instant.now()));
            }
        };
    }
}
