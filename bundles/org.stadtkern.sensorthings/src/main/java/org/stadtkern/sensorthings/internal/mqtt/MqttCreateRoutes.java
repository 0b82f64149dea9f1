package org.stadtkern.sensorthings.internal.mqtt;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.DeadLetters;
import org.stadtkern.core.api.MessagePublisher;
import org.stadtkern.core.api.Mqtt;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.sensorthings.internal.SensorThingsConfig;
import org.stadtkern.sensorthings.internal.store.ObservationIngest;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;


/**
 * Creating Observations over MQTT (SensorThings 1.1, section 14.2.1): a client publishes an
 * Observation to {@code v1.1/Datastreams(id)/Observations}, or one naming its Datastream to
 * {@code v1.1/Observations}. Durable QoS 1 subscriptions; a message is acknowledged once stored or,
 * with the reason, dead-lettered. Stadtkern's own notifications on the same topics are skipped.
 */
@Component(service = RouteContribution.class, configurationPid = "org.stadtkern.sensorthings")
public final class MqttCreateRoutes implements RouteContribution {

    private final SensorThingsDatabase database;
    private final Tenancy tenancy;
    private final Notifier notifier;
    private final SensorThingsConfig config;
    private final ObservationIngest ingest;

    @Activate
    public MqttCreateRoutes(SensorThingsConfig config, @Reference SensorThingsDatabase database,
            @Reference Tenancy tenancy, @Reference Notifier notifier, @Reference ObservationIngest ingest) {
        this.config = config;
        this.ingest = ingest;
        this.database = database;
        this.tenancy = tenancy;
        this.notifier = notifier;
    }

    @Override
    public String measure() {
        return "sensorthings";
    }

    @Override
    public RoutesBuilder routes() {
        MqttCreate create = new MqttCreate(database, ingest, notifier, config, tenancy.defaultTenant());
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel(DeadLetters.ENDPOINT).useOriginalMessage().logExhausted(false));
                from(Mqtt.durable(Notifier.VERSION + "/+/Observations", "sensorthings.mqtt-create"))
                        .routeId("sensorthings.mqtt-create")
                        .filter(MqttCreateRoutes::fromClient)
                        .process(create);
                from(Mqtt.durable(Notifier.VERSION + "/Observations", "sensorthings.mqtt-create-set"))
                        .routeId("sensorthings.mqtt-create-set")
                        .filter(MqttCreateRoutes::fromClient)
                        .process(create);
            }
        };
    }

    /** Whether a message came from a client, not from Stadtkern's own notifications. */
    static boolean fromClient(Exchange exchange) {
        MqttProperties properties = exchange.getMessage().getHeader(Mqtt.PROPERTIES_HEADER, MqttProperties.class);
        return properties == null || properties.getUserProperties().stream().noneMatch(p ->
                MessagePublisher.ORIGIN_PROPERTY.equals(p.getKey()) && MessagePublisher.ORIGIN.equals(p.getValue()));
    }
}
