package org.stadtkern.platform.internal;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.stadtkern.core.api.DeadLetters;
import org.stadtkern.core.api.Mqtt;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.core.api.Tenancy;

/**
 * Routes of the urban data platform.
 * <ul>
 * <li>{@code platform.ingest}: MQTT {@code <topic.root>/#} (durable, QoS 1) to the database;</li>
 * <li>{@code platform.store}: {@code direct:platform.observations} (header {@value #DATASTREAM}) to the
 * database, for route files and other routes.</li>
 * </ul>
 * Whatever is not a valid observation goes to the dead-letter store with the reason.
 */
@Component(service = RouteContribution.class, configurationPid = "org.stadtkern.platform")
@Designate(ocd = PlatformConfig.class)
public final class PlatformRoutes implements RouteContribution {

    /** Header naming the datastream of a message sent to {@code direct:platform.observations}. */
    public static final String DATASTREAM = "StadtkernDatastream";

    private final PlatformConfig config;
    private final Tenancy tenancy;
    private final ObservationParser parser;
    private final ObservationWriter writer;

    @Activate
    public PlatformRoutes(PlatformConfig config, @Reference ObservationStore store, @Reference Tenancy tenancy) {
        this.config = config;
        this.tenancy = tenancy;
        this.parser = new ObservationParser(config.payload_max());
        this.writer = new ObservationWriter(store, config.batch_size());
    }

    @Deactivate
    void stop() throws InterruptedException {
        writer.drainAndStop();
    }

    @Override
    public String measure() {
        return "platform";
    }

    @Override
    public RoutesBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel(DeadLetters.ENDPOINT).useOriginalMessage().logExhausted(false));

                from(Mqtt.durable(config.topic_root() + "/#", "platform.ingest")).routeId("platform.ingest")
                        .process(PlatformRoutes.this::fromTopic)
                        .process(writer);

                from("direct:platform.observations").routeId("platform.store")
                        .process(PlatformRoutes.this::fromHeader)
                        .process(writer);
            }
        };
    }

    private void fromTopic(Exchange exchange) throws RejectedInput {
        String topic = exchange.getMessage().getHeader(Mqtt.TOPIC_HEADER, String.class);
        toObservation(exchange, parser.datastreamOfTopic(config.topic_root(), topic));
    }

    private void fromHeader(Exchange exchange) throws RejectedInput {
        String datastream = exchange.getMessage().getHeader(DATASTREAM, String.class);
        toObservation(exchange, parser.datastream(datastream == null ? "" : datastream));
    }

    private void toObservation(Exchange exchange, String datastream) throws RejectedInput {
        byte[] payload = exchange.getMessage().getBody(byte[].class);
        exchange.getMessage().setBody(parser.parse(tenancy.defaultTenant(), datastream,
                payload == null ? new byte[0] : payload));
    }
}
