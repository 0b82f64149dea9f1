package org.stadtkern.sensorthings.internal.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.QueryException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The upgrade from release 0.1, whose urban data platform kept observations in a table of its own
 * ({@code observations}: tenant, datastream key, phenomenon time, number, parameters). Each of its
 * datastreams becomes a SensorThings Thing with one Datastream of the same name (a Location where the
 * rows carried {@code latitude}/{@code longitude} parameters, its unit from the {@code unit}
 * parameter), and its rows become Observations. One transaction per datastream moves the rows and
 * deletes them from the old table, so an interrupted upgrade resumes where it stopped; the empty
 * table is dropped at the end.
 */
final class LegacyObservations {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyObservations.class);
    private static final String TABLE = "observations";
    private static final int BATCH = 1000;

    private LegacyObservations() {
    }

    /** Moves what the old table holds into SensorThings; returns the number of Observations moved. */
    static long migrate(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return 0;
        }
        long moved = 0;
        List<String[]> streams = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select distinct tenant, datastream from " + TABLE)) {
            while (rows.next()) {
                streams.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        for (String[] stream : streams) {
            try {
                moved += Transaction.run(connection, () -> move(connection, stream[0], stream[1]));
            } catch (QueryException e) {
                throw new SQLException("Old observations of " + stream[1] + " not migrated: " + e.getMessage(), e);
            }
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("drop table " + TABLE);
        }
        LOG.info("Moved {} observations of {} datastreams from the old platform table into SensorThings", moved,
                streams.size());
        return moved;
    }

    private static boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {TABLE, TABLE.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet tables = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Moves one old datastream: its Thing from the newest row's parameters, then the rows read as a
     * stream and written in batches of {@value #BATCH} (a datastream of millions of rows needs no more
     * memory than one batch), then the old rows deleted; the caller commits.
     */
    private static long move(Connection connection, String tenant, String key) throws SQLException, QueryException {
        JsonNode newest;
        try (PreparedStatement select = connection.prepareStatement("select parameters from " + TABLE
                + " where tenant = ? and datastream = ? order by id desc fetch first 1 rows only")) {
            select.setString(1, tenant);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return 0;
                }
                newest = parameters(row.getString(1));
            }
        }
        EntityWriter writer = new EntityWriter(connection, tenant);
        writer.create(EntityType.THING, thing(key, newest), null);
        long datastream = writer.created().stream().filter(c -> c.type() == EntityType.DATASTREAM)
                .findFirst().orElseThrow().id();
        long moved = 0;
        try (PreparedStatement select = connection.prepareStatement("select phenomenon_time, result_number, "
                + "parameters, received_at from " + TABLE + " where tenant = ? and datastream = ? order by id");
                ObservationBatch batch = new ObservationBatch(connection, tenant)) {
            select.setString(1, tenant);
            select.setString(2, key);
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ObjectNode observation = Columns.MAPPER.createObjectNode()
                            .put("phenomenonTime", rows.getObject(1, OffsetDateTime.class).toString())
                            .put("resultTime", rows.getObject(4, OffsetDateTime.class).toString())
                            .put("result", rows.getDouble(2));
                    JsonNode parameters = parameters(rows.getString(3));
                    if (!parameters.isMissingNode()) {
                        observation.set("parameters", parameters);
                    }
                    batch.add(datastream, observation, null);
                    if (++moved % BATCH == 0) {
                        batch.flush();
                    }
                }
            }
            batch.flush();
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from " + TABLE
                + " where tenant = ? and datastream = ?")) {
            delete.setString(1, tenant);
            delete.setString(2, key);
            delete.executeUpdate();
        }
        return moved;
    }

    /** A row's parameters as JSON; missing when the row has none. */
    private static JsonNode parameters(String text) throws QueryException {
        if (text == null || text.isBlank()) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        try {
            return Columns.MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new QueryException("parameters are not JSON: " + e.getOriginalMessage());
        }
    }

    /** The Thing of an old datastream, described by the parameters of its newest row. */
    private static ObjectNode thing(String key, JsonNode parameters) {
        String description = "Datenstrom " + key + " der urbanen Datenplattform (aus Version 0.1 übernommen)";
        ObjectNode thing = Columns.MAPPER.createObjectNode().put("name", key).put("description", description);
        ObjectNode location = thing.putArray("Locations").addObject().put("name", key).put("description",
                description);
        if (parameters.path("latitude").isNumber() && parameters.path("longitude").isNumber()) {
            location.put("encodingType", "application/geo+json").putObject("location").put("type", "Point")
                    .putArray("coordinates").add(parameters.get("longitude").asDouble())
                    .add(parameters.get("latitude").asDouble());
        } else {
            location.put("encodingType", "text/plain").put("location", "unbekannt");
        }
        ObjectNode datastream = thing.putArray("Datastreams").addObject().put("name", key)
                .put("description", description)
                .put("observationType", "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement");
        String unit = parameters.path("unit").isTextual() ? parameters.get("unit").asText() : "1";
        datastream.putObject("unitOfMeasurement").put("symbol", unit)
                .put("definition", "http://unitsofmeasure.org/ucum.html");
        datastream.putObject("Sensor").put("name", key).put("description", description)
                .put("encodingType", "text/plain").put("metadata", key);
        datastream.putObject("ObservedProperty").put("name", key).put("description", key)
                .put("definition", "urn:stadtkern:observed-property:" + key);
        return thing;
    }
}
