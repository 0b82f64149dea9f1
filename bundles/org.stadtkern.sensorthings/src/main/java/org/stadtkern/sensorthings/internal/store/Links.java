package org.stadtkern.sensorthings.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.query.QueryException;

import com.fasterxml.jackson.databind.JsonNode;

/** Links between entities: references by {@code @iot.id}, link tables and HistoricalLocations. */
final class Links {

    private final Connection connection;
    private final String tenant;

    Links(Connection connection, String tenant) {
        this.connection = connection;
        this.tenant = tenant;
    }

    /** Whether a JSON object only refers to an existing entity: {@code {"@iot.id": 5}}. */
    boolean isReference(JsonNode node) {
        return node.isObject() && node.has("@iot.id") && node.size() == 1;
    }

    /** The id of an existing entity of the tenant that a reference names; 400 if there is none. */
    long existing(EntityType type, JsonNode reference) throws SQLException, QueryException {
        JsonNode id = reference.get("@iot.id");
        long value;
        if (id.isIntegralNumber() && id.canConvertToLong()) {
            value = id.longValue();
        } else if (id.isTextual()) {
            value = parse(id.textValue());
        } else {
            throw new QueryException("@iot.id must be an integer.");
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select count(*) from " + type.table() + " where id = ? and tenant = ?")) {
            select.setLong(1, value);
            select.setString(2, tenant);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                if (row.getLong(1) == 0) {
                    throw new QueryException("There is no " + type.singular() + " with @iot.id " + value + ".");
                }
            }
        }
        return value;
    }

    private static long parse(String text) throws QueryException {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new QueryException("@iot.id must be an integer.");
        }
    }

    /** Adds a pair to a link table unless it is there already. */
    void link(Navigation navigation, long source, long target) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select count(*) from "
                + navigation.linkTable() + " where " + navigation.column() + " = ? and " + navigation.otherColumn()
                + " = ?")) {
            exists.setLong(1, source);
            exists.setLong(2, target);
            try (ResultSet row = exists.executeQuery()) {
                row.next();
                if (row.getLong(1) > 0) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into " + navigation.linkTable() + " ("
                + navigation.column() + ", " + navigation.otherColumn() + ") values (?, ?)")) {
            insert.setLong(1, source);
            insert.setLong(2, target);
            insert.executeUpdate();
        }
    }

    /** Removes every pair of a source from a link table. */
    void unlinkAll(Navigation navigation, long source) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from " + navigation.linkTable()
                + " where " + navigation.column() + " = ?")) {
            delete.setLong(1, source);
            delete.executeUpdate();
        }
    }

    /** Points an existing target's foreign key at a new source (a to-many link by reverse key). */
    void reassign(Navigation navigation, long source, long target) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update " + navigation.target().table()
                + " set " + navigation.column() + " = ? where id = ? and tenant = ?")) {
            update.setLong(1, source);
            update.setLong(2, target);
            update.setString(3, tenant);
            update.executeUpdate();
        }
    }

    /** Records that a Thing is at its current Locations since {@code time}. */
    void historicalLocation(long thing, OffsetDateTime time) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("insert into sta_historical_locations "
                + "(tenant, time, thing_id) values (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, tenant);
            insert.setObject(2, time, Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setLong(3, thing);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into sta_historical_location_locations "
                + "(historical_location_id, location_id) select ?, location_id from sta_thing_locations "
                + "where thing_id = ?")) {
            insert.setLong(1, id);
            insert.setLong(2, thing);
            insert.executeUpdate();
        }
    }
}
