package org.stadtkern.sensorthings.internal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.model.Property;
import org.stadtkern.sensorthings.internal.query.TimeInterval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Maps entity properties to SQL columns and back. */
public final class Columns {

    /** The JSON mapper of the SensorThings bundle. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Columns() {
    }

    /** The columns holding the properties of a type, in the order {@link #bind} fills them. */
    public static List<String> of(EntityType type) {
        List<String> columns = new ArrayList<>();
        for (Property property : type.properties()) {
            switch (property.kind()) {
                case INTERVAL, INSTANT_OR_INTERVAL -> {
                    columns.add(property.startColumn());
                    columns.add(property.endColumn());
                }
                case RESULT -> {
                    columns.add("result");
                    columns.add("result_number");
                    columns.add("result_string");
                }
                default -> columns.add(property.column());
            }
        }
        return columns;
    }

    /** The foreign key columns of a type. */
    public static List<String> foreignKeys(EntityType type) {
        return type.navigations().stream().filter(Navigation::toOne).map(Navigation::column).toList();
    }

    /** Binds a property value to its column(s) from {@code index}; returns the next free index. */
    public static int bind(PreparedStatement statement, int index, Property property, Object value)
            throws SQLException {
        switch (property.kind()) {
            case TEXT -> statement.setString(index, (String) value);
            case JSON, GEOJSON -> statement.setString(index, value == null ? null : json((JsonNode) value));
            case INSTANT -> statement.setObject(index, value, Types.TIMESTAMP_WITH_TIMEZONE);
            case INTERVAL, INSTANT_OR_INTERVAL -> {
                OffsetDateTime start = value instanceof TimeInterval interval ? interval.start()
                        : (OffsetDateTime) value;
                OffsetDateTime end = value instanceof TimeInterval interval ? interval.end() : null;
                statement.setObject(index, start, Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setObject(index + 1, end, Types.TIMESTAMP_WITH_TIMEZONE);
                return index + 2;
            }
            case RESULT -> {
                JsonNode result = (JsonNode) value;
                statement.setString(index, json(result));
                if (result != null && result.isNumber()) {
                    statement.setDouble(index + 1, result.doubleValue());
                } else {
                    statement.setNull(index + 1, Types.DOUBLE);
                }
                statement.setString(index + 2, resultText(result));
                return index + 3;
            }
            default -> throw new IllegalStateException(property.kind().name());
        }
        return index + 1;
    }

    /** Reads an entity from a row holding {@code id}, the property columns and the foreign keys. */
    public static Entity read(ResultSet row, EntityType type) throws SQLException {
        Entity entity = new Entity(type, row.getLong("id"));
        for (Property property : type.properties()) {
            entity.value(property.name(), readValue(row, property));
        }
        for (String column : foreignKeys(type)) {
            long id = row.getLong(column);
            entity.foreignKey(column, row.wasNull() ? null : id);
        }
        return entity;
    }

    private static Object readValue(ResultSet row, Property property) throws SQLException {
        return switch (property.kind()) {
            case TEXT -> row.getString(property.column());
            case JSON, GEOJSON, RESULT -> parse(row.getString(property.column()));
            case INSTANT -> row.getObject(property.column(), OffsetDateTime.class);
            case INTERVAL, INSTANT_OR_INTERVAL -> {
                OffsetDateTime start = row.getObject(property.startColumn(), OffsetDateTime.class);
                OffsetDateTime end = row.getObject(property.endColumn(), OffsetDateTime.class);
                if (start == null) {
                    yield null;
                }
                yield end == null ? start : new TimeInterval(start, end);
            }
        };
    }

    /** A result as text: strings as they are, numbers and booleans as written, nothing for objects. */
    static String resultText(JsonNode result) {
        if (result == null || result.isContainerNode() || result.isNull()) {
            return null;
        }
        String text = result.isTextual() ? result.textValue() : result.toString();
        return text.length() > 8192 ? text.substring(0, 8192) : text;
    }

    private static JsonNode parse(String json) throws SQLException {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SQLException("Stored JSON is not readable", e);
        }
    }

    private static String json(JsonNode value) throws SQLException {
        try {
            return value == null ? null : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SQLException("JSON not writable", e);
        }
    }
}
