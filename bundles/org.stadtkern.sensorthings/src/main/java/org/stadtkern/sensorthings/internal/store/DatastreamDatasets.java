package org.stadtkern.sensorthings.internal.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Keeps column {@code sta_datastreams.dataset} equal to the Datastream's {@code properties.dataset}
 * ('' when it names none), the key of access checks and retention.
 */
public final class DatastreamDatasets {

    /** The longest dataset name. */
    public static final int MAX = 100;

    private DatastreamDatasets() {
    }

    /** Sets the column of one Datastream from its stored properties. */
    static void keep(Connection connection, long id) throws SQLException {
        String properties;
        try (PreparedStatement select = connection.prepareStatement(
                "select properties from sta_datastreams where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                properties = row.next() ? row.getString(1) : null;
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update sta_datastreams set dataset = ? where id = ?")) {
            update.setString(1, datasetOf(properties));
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    /** Fills the column for Datastreams stored before it existed (schema version 2); returns how many. */
    public static int backfill(Connection connection) throws SQLException {
        Map<Long, String> datasets = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, properties from sta_datastreams where dataset = '' and properties like '%\"dataset\"%'");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String dataset = datasetOf(row.getString(2));
                if (!dataset.isEmpty()) {
                    datasets.put(row.getLong(1), dataset);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update sta_datastreams set dataset = ? where id = ?")) {
            for (Map.Entry<Long, String> entry : datasets.entrySet()) {
                update.setString(1, entry.getValue());
                update.setLong(2, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        return datasets.size();
    }

    static String datasetOf(String properties) {
        if (properties == null) {
            return "";
        }
        try {
            JsonNode dataset = Columns.MAPPER.readTree(properties).path("dataset");
            String name = dataset.isTextual() ? dataset.asText().trim() : "";
            return name.length() > MAX ? name.substring(0, MAX) : name;
        } catch (IOException e) {
            return "";
        }
    }
}
