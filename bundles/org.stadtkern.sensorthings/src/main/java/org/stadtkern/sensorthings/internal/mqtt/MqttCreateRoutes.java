package org.stadtkern.sensorthings.internal.mqtt;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.stadtkern.sensorthings.internal.json.EntityJson;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.Query;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.store.Columns;
import org.stadtkern.sensorthings.internal.store.EntityReader;
import org.stadtkern.sensorthings.internal.store.EntityWriter;
import org.stadtkern.sensorthings.internal.store.Ingests;
import org.stadtkern.sensorthings.internal.store.ObservationBatch;
import org.stadtkern.sensorthings.internal.store.ObservationIngest;
import org.stadtkern.sensorthings.internal.store.Scope;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;
import org.stadtkern.sensorthings.internal.store.Transaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Creating Observations over MQTT (SensorThings 1.1, section 14.2.1): a client publishes an
 * Observation to {@code v1.1/Datastreams(id)/Observations}, or one naming its Datastream to
 * {@code v1.1/Observations}. Durable QoS 1 subscriptions; a message is acknowledged once stored or,
 * with the reason, dead-lettered. Stadtkern's own notifications on the same topics are skipped.
 */
@Component(service = RouteContribution.class, configurationPid = "org.stadtkern.sensorthings")
public final class MqttCreateRoutes implements RouteContribution {

    private static final Pattern TOPIC = Pattern.compile("v1\\.1/(?:Datastreams\\((\\d{1,18})\\)/)?Observations");

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
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel(DeadLetters.ENDPOINT).useOriginalMessage().logExhausted(false));
                from(Mqtt.durable(Notifier.VERSION + "/+/Observations", "sensorthings.mqtt-create"))
                        .routeId("sensorthings.mqtt-create")
                        .filter(MqttCreateRoutes::fromClient)
                        .process(MqttCreateRoutes.this::create);
                from(Mqtt.durable(Notifier.VERSION + "/Observations", "sensorthings.mqtt-create-set"))
                        .routeId("sensorthings.mqtt-create-set")
                        .filter(MqttCreateRoutes::fromClient)
                        .process(MqttCreateRoutes.this::create);
            }
        };
    }

    /** Whether a message came from a client, not from Stadtkern's own notifications. */
    static boolean fromClient(Exchange exchange) {
        MqttProperties properties = exchange.getMessage().getHeader(Mqtt.PROPERTIES_HEADER, MqttProperties.class);
        return properties == null || properties.getUserProperties().stream().noneMatch(p ->
                MessagePublisher.ORIGIN_PROPERTY.equals(p.getKey()) && MessagePublisher.ORIGIN.equals(p.getValue()));
    }

    private void create(Exchange exchange) throws QueryException, SQLException, IOException {
        String topic = exchange.getMessage().getHeader(Mqtt.TOPIC_HEADER, String.class);
        Matcher matcher = TOPIC.matcher(topic == null ? "" : topic);
        if (!matcher.matches()) {
            throw new QueryException("Observations are created on v1.1/Datastreams(id)/Observations or "
                    + "v1.1/Observations, not on " + topic + ".");
        }
        byte[] payload = exchange.getMessage().getBody(byte[].class);
        if (payload == null || payload.length > config.body_max()) {
            throw new QueryException("The message is empty or larger than " + config.body_max() + " bytes.");
        }
        JsonNode body;
        try {
            body = Columns.MAPPER.readTree(payload);
        } catch (IOException e) {
            throw new QueryException("The message is not valid JSON.");
        }
        String tenant = tenancy.defaultTenant();
        try (Connection connection = database.connection()) {
            EntityReader reader = new EntityReader(connection, tenant, config.scan_limit());
            Scope scope = null;
            if (matcher.group(1) != null) {
                long datastream = Long.parseLong(matcher.group(1));
                if (reader.find(EntityType.DATASTREAM, datastream).isEmpty()) {
                    throw new QueryException("There is no Datastream " + datastream + ".");
                }
                scope = new Scope(EntityType.DATASTREAM.navigation("Observations").orElseThrow(), datastream);
            }
            Scope target = scope;
            long id = target != null && ObservationBatch.plain(body)
                    ? Ingests.await(ingest.submit(tenant, target.parentId(), ObservationBatch.values(body)))
                    : Transaction.run(connection, () -> new EntityWriter(connection, tenant)
                            .create(EntityType.OBSERVATION, body, target));
            Entity created = reader.find(EntityType.OBSERVATION, id).orElseThrow();
            EntityJson json = new EntityJson(reader, Links.root(config), config.page_size());
            ObjectNode rendered = json.entity(created, Query.NONE);
            notifier.created(created, rendered);
            if (reader.isNewest(created)) {
                notifier.latest(created.foreignKey(EntityType.OBSERVATION.navigation("Datastream").orElseThrow()),
                        rendered);
            }
        }
    }

    /** The service root for links in notifications. */
    static final class Links {

        private Links() {
        }

        static String root(SensorThingsConfig config) {
            String base = config.base_url().isBlank() ? "http://localhost:8181/sta" : config.base_url();
            return base.replaceAll("/+$", "") + "/" + Notifier.VERSION;
        }
    }
}
