package org.stadtkern.sensorthings.internal.mqtt;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.MessagePublisher;
import org.stadtkern.core.api.Mqtt;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.measure.ErrorPolicy;
import org.stadtkern.core.api.measure.MqttInput;
import org.stadtkern.sensorthings.api.SensorThings;
import org.stadtkern.sensorthings.internal.SensorThingsConfig;
import org.stadtkern.sensorthings.internal.store.ObservationIngest;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;


/**
 * Creating Observations from messages.
 * <ul>
 * <li>{@code sensorthings.mqtt-create}, {@code sensorthings.mqtt-create-set}: over MQTT (SensorThings
 * 1.1, section 14.2.1), a client publishes an Observation to {@code v1.1/Datastreams(id)/Observations},
 * or one naming its Datastream to {@code v1.1/Observations}. Durable QoS 1 subscriptions; a message is
 * acknowledged once stored or, with the reason, dead-lettered. Stadtkern's own notifications on the
 * same topics are skipped.</li>
 * <li>{@code sensorthings.observe}: {@link SensorThings#ENDPOINT} for routes in the runtime (route
 * files, measures), the Datastream named by headers ({@link HeaderDatastream}).</li>
 * </ul>
 */
@Component(service = RouteContribution.class, configurationPid = "org.stadtkern.sensorthings")
public final class MqttCreateRoutes implements RouteContribution {

    private final SensorThingsDatabase database;
    private final Tenancy tenancy;
    private final Notifier notifier;
    private final SensorThingsConfig config;
    private final ObservationIngest ingest;
    private final SensorThings sensorThings;

    @Activate
    public MqttCreateRoutes(SensorThingsConfig config, @Reference SensorThingsDatabase database,
            @Reference Tenancy tenancy, @Reference Notifier notifier, @Reference ObservationIngest ingest,
            @Reference SensorThings sensorThings) {
        this.sensorThings = sensorThings;
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
        // over MQTT in the publisher's tenant; routes in the runtime (route files, measures) in the default one
        MqttCreate create = new MqttCreate(database, ingest, notifier, config,
                exchange -> MqttInput.publisherTenant(exchange, tenancy), MqttCreate.FROM_TOPIC);
        String tenant = tenancy.defaultTenant();
        MqttCreate direct = new MqttCreate(database, ingest, notifier, config, exchange -> tenant,
                new HeaderDatastream(sensorThings));
        return new RouteBuilder() {
            @Override
            public void configure() {
                ErrorPolicy.apply(this);
                from(Mqtt.durable(Notifier.VERSION + "/+/Observations", "sensorthings.mqtt-create"))
                        .routeId("sensorthings.mqtt-create")
                        .filter(MqttCreateRoutes::fromClient)
                        .process(create);
                from(Mqtt.durable(Notifier.VERSION + "/Observations", "sensorthings.mqtt-create-set"))
                        .routeId("sensorthings.mqtt-create-set")
                        .filter(MqttCreateRoutes::fromClient)
                        .process(create);
                from(SensorThings.ENDPOINT).routeId("sensorthings.observe")
                        .process(direct);
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
