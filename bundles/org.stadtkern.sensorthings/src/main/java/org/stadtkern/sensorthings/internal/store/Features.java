package org.stadtkern.sensorthings.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.stadtkern.sensorthings.internal.query.QueryException;

/**
 * The automatic FeatureOfInterest of an Observation that names none: the Location of the
 * Datastream's Thing, made a FeatureOfInterest once and reused for every later Observation.
 */
final class Features {

    private Features() {
    }

    static long fromLocation(Connection connection, String tenant, long datastream) throws SQLException,
            QueryException {
        Long location = null;
        try (PreparedStatement select = connection.prepareStatement("select tl.location_id from sta_datastreams d "
                + "join sta_thing_locations tl on tl.thing_id = d.thing_id where d.id = ? and d.tenant = ? "
                + "order by tl.location_id desc fetch first 1 rows only")) {
            select.setLong(1, datastream);
            select.setString(2, tenant);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    location = row.getLong(1);
                }
            }
        }
        if (location == null) {
            throw new QueryException("The Observation names no FeatureOfInterest and its Datastream's Thing has no "
                    + "Location to take it from.");
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select id from sta_features where location_id = ? and tenant = ? fetch first 1 rows only")) {
            select.setLong(1, location);
            select.setString(2, tenant);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into sta_features (tenant, name, "
                + "description, encoding_type, feature, location_id) select tenant, name, description, encoding_type, "
                + "location, id from sta_locations where id = ?", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, location);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
