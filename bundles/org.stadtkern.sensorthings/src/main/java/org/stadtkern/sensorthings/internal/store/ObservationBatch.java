package org.stadtkern.sensorthings.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Property;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.Times;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Many Observations written with batched inserts, for bulk import, group commits of single creates
 * and high-rate ingestion: each is validated like a single create; the FeatureOfInterest of a
 * Datastream is looked up once; Datastream times are extended once per flush. The caller commits.
 */
public final class ObservationBatch implements AutoCloseable {

    private final Connection connection;
    private final String tenant;
    private final PreparedStatement insert;
    private final Map<Long, Long> features = new HashMap<>();
    private final Set<Long> namedFeatures = new HashSet<>();
    private final Set<Long> datastreams = new HashSet<>();
    private final Map<Long, List<Map<String, Object>>> pending = new HashMap<>();
    private int size;

    public ObservationBatch(Connection connection, String tenant) throws SQLException {
        this.connection = connection;
        this.tenant = tenant;
        List<String> columns = new ArrayList<>(List.of("tenant"));
        columns.addAll(Columns.of(EntityType.OBSERVATION));
        columns.add("datastream_id");
        columns.add("feature_id");
        this.insert = connection.prepareStatement("insert into sta_observations (" + String.join(", ", columns)
                + ") values (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")",
                Statement.RETURN_GENERATED_KEYS);
    }

    /**
     * Checks an Observation given as JSON without links (only its own properties) and returns the
     * values to store; phenomenonTime defaults to now.
     */
    public static Map<String, Object> values(JsonNode observation) throws QueryException {
        if (observation == null || !observation.isObject()) {
            throw new QueryException("An Observation must be a JSON object.");
        }
        Map<String, Object> values = PropertyValues.of(EntityType.OBSERVATION, observation, true);
        if (values.get("phenomenonTime") == null) {
            values.put("phenomenonTime", Times.now());
        }
        return values;
    }

    /** Whether an Observation's JSON has only its own properties (no links, nothing unknown). */
    public static boolean plain(JsonNode observation) {
        if (observation == null || !observation.isObject()) {
            return false;
        }
        var names = observation.fieldNames();
        while (names.hasNext()) {
            if (EntityType.OBSERVATION.property(names.next()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Validates one Observation (JSON as for a create, without links) and adds it to the batch. */
    public void add(long datastream, JsonNode observation, Long feature) throws SQLException, QueryException {
        add(datastream, values(observation), feature);
    }

    /**
     * Adds checked values (see {@link #values}) of an existing Datastream and FeatureOfInterest (each
     * checked once per batch), or of the automatic FeatureOfInterest when none is given. Returns the
     * FeatureOfInterest's id.
     */
    public long add(long datastream, Map<String, Object> values, Long feature) throws SQLException, QueryException {
        if (!datastreams.contains(datastream)) {
            require("sta_datastreams", datastream, "There is no Datastream " + datastream + ".");
            datastreams.add(datastream);
        }
        if (feature != null && !namedFeatures.contains(feature)) {
            require("sta_features", feature, "There is no FeatureOfInterest " + feature + ".");
            namedFeatures.add(feature);
        }
        Long featureId = feature != null ? feature : features.get(datastream);
        if (featureId == null) {
            featureId = Features.fromLocation(connection, tenant, datastream);
            features.put(datastream, featureId);
        }
        insert.setString(1, tenant);
        int index = 2;
        for (Property property : EntityType.OBSERVATION.properties()) {
            index = Columns.bind(insert, index, property, values.get(property.name()));
        }
        insert.setLong(index++, datastream);
        insert.setLong(index, featureId);
        insert.addBatch();
        pending.computeIfAbsent(datastream, d -> new ArrayList<>()).add(values);
        size++;
        return featureId;
    }

    /** Refuses an id the table does not hold for the tenant. */
    private void require(String table, long id, String otherwise) throws SQLException, QueryException {
        try (PreparedStatement select = connection.prepareStatement(
                "select 1 from " + table + " where id = ? and tenant = ?")) {
            select.setLong(1, id);
            select.setString(2, tenant);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new QueryException(otherwise);
                }
            }
        }
    }

    /** Observations added since the last flush. */
    public int size() {
        return size;
    }

    /** Writes the batch and extends the Datastreams' times; returns the new ids in order. Caller commits. */
    public List<Long> flush() throws SQLException {
        List<Long> ids = new ArrayList<>(size);
        if (size == 0) {
            return ids;
        }
        insert.executeBatch();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
            }
        }
        for (Map.Entry<Long, List<Map<String, Object>>> stream : pending.entrySet()) {
            EntityWriter.DatastreamTimes.extend(connection, stream.getKey(), stream.getValue());
        }
        pending.clear();
        size = 0;
        return ids;
    }


    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
