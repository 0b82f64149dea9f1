package org.stadtkern.sensorthings.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.sensorthings.api.DatastreamProvision;
import org.stadtkern.sensorthings.api.SensorThings;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.QueryParser;
import org.stadtkern.sensorthings.internal.store.Columns;
import org.stadtkern.sensorthings.internal.store.EntityReader;
import org.stadtkern.sensorthings.internal.store.EntityWriter;
import org.stadtkern.sensorthings.internal.store.Scope;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;
import org.stadtkern.sensorthings.internal.store.Transaction;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Registers other measures' sensors as Things with Datastreams (deep insert), once. */
@Component(service = SensorThings.class)
public final class Provisioning implements SensorThings {

    private final SensorThingsDatabase database;
    private final Tenancy tenancy;

    @Activate
    public Provisioning(@Reference SensorThingsDatabase database, @Reference Tenancy tenancy) {
        this.database = database;
        this.tenancy = tenancy;
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
            if (thing != null) {
                datastream.putObject("Thing").put("@iot.id", thing.id());
                return Transaction.run(connection, () -> new EntityWriter(connection, tenant)
                        .create(EntityType.DATASTREAM, datastream, null));
            }
            ObjectNode json = Columns.MAPPER.createObjectNode().put("name", provision.thing())
                    .put("description", provision.thingDescription());
            ObjectNode location = json.putArray("Locations").addObject().put("name", provision.thing())
                    .put("description", provision.thingDescription()).put("encodingType", "application/geo+json");
            location.putObject("location").put("type", "Point").putArray("coordinates").add(provision.longitude())
                    .add(provision.latitude());
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
