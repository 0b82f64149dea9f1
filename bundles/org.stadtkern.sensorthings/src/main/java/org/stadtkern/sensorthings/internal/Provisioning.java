package org.stadtkern.sensorthings.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.sensorthings.api.DatastreamProvision;
import org.stadtkern.sensorthings.api.SensorThings;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.mqtt.Notifier;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.QueryParser;
import org.stadtkern.sensorthings.internal.store.Columns;
import org.stadtkern.sensorthings.internal.store.EntityReader;
import org.stadtkern.sensorthings.internal.store.EntityWriter;
import org.stadtkern.sensorthings.internal.store.Ingests;
import org.stadtkern.sensorthings.internal.store.ObservationBatch;
import org.stadtkern.sensorthings.internal.store.ObservationIngest;
import org.stadtkern.sensorthings.internal.store.Scope;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;
import org.stadtkern.sensorthings.internal.store.Transaction;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Registers other measures' sensors as Things with Datastreams (deep insert), once, and stores their
 * Observations through the group commit.
 */
@Component(service = SensorThings.class)
public final class Provisioning implements SensorThings {

    private final SensorThingsDatabase database;
    private final Tenancy tenancy;
    private final ObservationIngest ingest;
    private final Notifier notifier;

    @Activate
    public Provisioning(@Reference SensorThingsDatabase database, @Reference Tenancy tenancy,
            @Reference ObservationIngest ingest, @Reference Notifier notifier) {
        this.database = database;
        this.tenancy = tenancy;
        this.ingest = ingest;
        this.notifier = notifier;
    }

    @Override
    public synchronized long featureOfInterest(String name, String description, double latitude,
            double longitude) {
        if (name == null || name.isBlank() || !(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
            throw new IllegalArgumentException("A FeatureOfInterest needs a name and a point in WGS 84, not '" + name
                    + "' at " + latitude + ", " + longitude);
        }
        String tenant = tenancy.defaultTenant();
        try (Connection connection = database.connection()) {
            Entity feature = first(new EntityReader(connection, tenant, 1000), EntityType.FEATURE_OF_INTEREST, null,
                    name);
            if (feature != null) {
                return feature.id();
            }
            ObjectNode json = Columns.MAPPER.createObjectNode().put("name", name)
                    .put("description", description == null ? name : description)
                    .put("encodingType", "application/geo+json");
            json.putObject("feature").put("type", "Point").putArray("coordinates").add(longitude).add(latitude);
            return Transaction.run(connection, () -> new EntityWriter(connection, tenant)
                    .create(EntityType.FEATURE_OF_INTEREST, json, null));
        } catch (QueryException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("SensorThings database not reachable", e);
        }
    }

    @Override
    public boolean observed(long datastream, Instant phenomenonTime) {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select 1 from sta_observations "
                        + "where datastream_id = ? and phenomenon_time_start = ? and tenant = ?")) {
            select.setLong(1, datastream);
            select.setObject(2, OffsetDateTime.ofInstant(phenomenonTime, ZoneOffset.UTC));
            select.setString(3, tenancy.defaultTenant());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SensorThings database not reachable", e);
        }
    }

    @Override
    public CompletionStage<Long> observe(long datastream, Instant phenomenonTime, Number result,
            Long featureOfInterest, Map<String, Object> parameters) {
        Map<String, Object> values;
        try {
            ObjectNode json = Columns.MAPPER.createObjectNode().put("phenomenonTime", phenomenonTime.toString());
            json.set("result", Columns.MAPPER.valueToTree(result));
            if (!parameters.isEmpty()) {
                json.set("parameters", Columns.MAPPER.valueToTree(parameters));
            }
            values = ObservationBatch.values(json);
        } catch (QueryException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(e.getMessage(), e));
        }
        // the group commit refuses a Datastream or FeatureOfInterest that is not there
        String tenant = tenancy.defaultTenant();
        return ingest.submit(tenant, datastream, values, featureOfInterest).handle((created, error) -> {
            if (error != null) {
                Exception failure = Ingests.failure(error);
                throw failure instanceof QueryException ? new IllegalArgumentException(failure.getMessage(), failure)
                        : new IllegalStateException(failure.getMessage(), failure);
            }
            notifier.created(created);
            return created.id();
        });
    }

    @Override
    public synchronized long datastream(DatastreamProvision provision) {
        String tenant = tenancy.defaultTenant();
        try (Connection connection = database.connection()) {
            EntityReader reader = new EntityReader(connection, tenant, 1000);
            Entity thing = first(reader, EntityType.THING, null, provision.thing());
            if (thing != null) {
                Entity stream = first(reader, EntityType.DATASTREAM, new Scope(EntityType.THING.navigation(
                        "Datastreams").orElseThrow(), thing.id()), provision.datastream());
                if (stream != null) {
                    return stream.id();
                }
            }
            ObjectNode datastream = datastreamJson(provision);
            Entity property = first(reader, EntityType.OBSERVED_PROPERTY, null, provision.observedProperty());
            if (property != null && provision.observedPropertyDefinition().equals(property.value("definition"))) {
                // one ObservedProperty for every Datastream that measures the same
                datastream.putObject("ObservedProperty").put("@iot.id", property.id());
            }
            if (thing != null) {
                datastream.putObject("Thing").put("@iot.id", thing.id());
                return Transaction.run(connection, () -> new EntityWriter(connection, tenant)
                        .create(EntityType.DATASTREAM, datastream, null));
            }
            ObjectNode json = Columns.MAPPER.createObjectNode().put("name", provision.thing())
                    .put("description", provision.thingDescription());
            if (provision.located()) {
                ObjectNode location = json.putArray("Locations").addObject().put("name", provision.thing())
                        .put("description", provision.thingDescription()).put("encodingType",
                                "application/geo+json");
                location.putObject("location").put("type", "Point").putArray("coordinates")
                        .add(provision.longitude()).add(provision.latitude());
            }
            json.putArray("Datastreams").add(datastream);
            long thingId = Transaction.run(connection, () -> new EntityWriter(connection, tenant)
                    .create(EntityType.THING, json, null));
            return first(new EntityReader(connection, tenant, 1000), EntityType.DATASTREAM, new Scope(EntityType.THING
                    .navigation("Datastreams").orElseThrow(), thingId), provision.datastream()).id();
        } catch (QueryException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("SensorThings database not reachable", e);
        }
    }

    private static ObjectNode datastreamJson(DatastreamProvision provision) {
        ObjectNode json = Columns.MAPPER.createObjectNode().put("name", provision.datastream())
                .put("description", provision.observedProperty() + " at " + provision.thing())
                .put("observationType", "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement");
        json.putObject("unitOfMeasurement").put("symbol", provision.unitSymbol())
                .put("definition", "http://unitsofmeasure.org/ucum.html");
        if (provision.dataset() != null) {
            json.putObject("properties").put("dataset", provision.dataset());
        }
        json.putObject("Sensor").put("name", provision.datastream()).put("description", provision.datastream())
                .put("encodingType", "text/plain").put("metadata", provision.thingDescription());
        json.putObject("ObservedProperty").put("name", provision.observedProperty())
                .put("definition", provision.observedPropertyDefinition())
                .put("description", provision.observedProperty());
        return json;
    }

    private static Entity first(EntityReader reader, EntityType type, Scope scope, String name)
            throws SQLException, QueryException {
        var page = reader.list(type, scope, QueryParser.parse(Map.of("$filter", "name eq '" + name.replace("'", "''")
                + "'", "$top", "1", "$orderby", "id")), 1);
        return page.entities().isEmpty() ? null : page.entities().get(0);
    }
}
