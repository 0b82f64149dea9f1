package org.stadtkern.sensorthings.internal.mqtt;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.stadtkern.core.api.Mqtt;
import org.stadtkern.sensorthings.internal.SensorThingsConfig;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
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

/**
 * Creates the Observation a message carries (MQTT, or a route through {@code direct:}). Plain
 * Observations of a known Datastream go to the group commit and the exchange completes (and an MQTT
 * message is acknowledged) after the commit, without holding the consumer thread, so that many
 * messages share a commit; others are created at once in their own transaction.
 */
final class MqttCreate extends AsyncProcessorSupport {

    /** Where a message's Datastream comes from. */
    @FunctionalInterface
    interface DatastreamOf {
        /** The Datastream's id, or {@code null} when the Observation names it in its body. */
        Long datastream(Exchange exchange) throws QueryException;
    }

    private static final Pattern TOPIC = Pattern.compile("v1\\.1/(?:Datastreams\\((\\d{1,18})\\)/)?Observations");

    /** The Datastream of an MQTT create: from the topic. */
    static final DatastreamOf FROM_TOPIC = exchange -> {
        String topic = exchange.getMessage().getHeader(Mqtt.TOPIC_HEADER, String.class);
        Matcher matcher = TOPIC.matcher(topic == null ? "" : topic);
        if (!matcher.matches()) {
            throw new QueryException("Observations are created on v1.1/Datastreams(id)/Observations or "
                    + "v1.1/Observations, not on " + topic + ".");
        }
        return matcher.group(1) == null ? null : Long.valueOf(matcher.group(1));
    };

    private final SensorThingsDatabase database;
    private final ObservationIngest ingest;
    private final Notifier notifier;
    private final SensorThingsConfig config;
    private final Function<Exchange, String> tenantOf;
    private final DatastreamOf datastreamOf;

    /**
     * @param tenantOf the tenant a message's Observation is created in: its publisher's (a Datastream of
     *        another tenant is then not there for it)
     */
    MqttCreate(SensorThingsDatabase database, ObservationIngest ingest, Notifier notifier, SensorThingsConfig config,
            Function<Exchange, String> tenantOf, DatastreamOf datastreamOf) {
        this.datastreamOf = datastreamOf;
        this.database = database;
        this.ingest = ingest;
        this.notifier = notifier;
        this.config = config;
        this.tenantOf = tenantOf;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            String tenant = tenantOf.apply(exchange);
            Long datastream = datastreamOf.datastream(exchange);
            JsonNode body = body(exchange.getMessage().getBody(byte[].class));
            if (datastream != null && ObservationBatch.plain(body)) {
                // the group commit refuses a Datastream that is not there
                ingest.submit(tenant, datastream, ObservationBatch.values(body)).whenComplete((created, error) -> {
                    if (error != null) {
                        exchange.setException(Ingests.failure(error));
                    } else {
                        notify(created);
                    }
                    callback.done(false);
                });
                return false;
            }
            notify(createAtOnce(tenant, datastream, body));
        } catch (QueryException | SQLException | RuntimeException e) {
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }

    private JsonNode body(byte[] payload) throws QueryException {
        if (payload == null || payload.length > config.body_max()) {
            throw new QueryException("The message is empty or larger than " + config.body_max() + " bytes.");
        }
        try {
            return Columns.MAPPER.readTree(payload);
        } catch (IOException e) {
            throw new QueryException("The message is not valid JSON.");
        }
    }

    private void checkDatastream(String tenant, long datastream) throws SQLException, QueryException {
        try (Connection connection = database.connection()) {
            if (new EntityReader(connection, tenant, 1).find(EntityType.DATASTREAM, datastream).isEmpty()) {
                throw new QueryException("There is no Datastream " + datastream + ".");
            }
        }
    }

    private Entity createAtOnce(String tenant, Long datastream, JsonNode body) throws SQLException, QueryException {
        try (Connection connection = database.connection()) {
            Scope scope = null;
            if (datastream != null) {
                checkDatastream(tenant, datastream);
                scope = new Scope(EntityType.DATASTREAM.navigation("Observations").orElseThrow(), datastream);
            }
            Scope target = scope;
            long id = Transaction.run(connection, () -> new EntityWriter(connection, tenant)
                    .create(EntityType.OBSERVATION, body, target));
            return new EntityReader(connection, tenant, 1).find(EntityType.OBSERVATION, id).orElseThrow();
        }
    }

    private void notify(Entity created) {
        notifier.created(created);
    }
}
