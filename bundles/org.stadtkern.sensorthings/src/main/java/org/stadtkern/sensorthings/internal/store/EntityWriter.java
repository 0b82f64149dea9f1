package org.stadtkern.sensorthings.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.model.Navigation.Link;
import org.stadtkern.sensorthings.internal.model.Property;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.Times;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Creates, updates and deletes entities of one tenant over one connection, inside the caller's
 * transaction: deep inserts, links by {@code @iot.id}, automatic HistoricalLocations and automatic
 * FeaturesOfInterest.
 */
public final class EntityWriter {

    private final Connection connection;
    private final String tenant;
    private final Links links;
    private final List<Created> created = new ArrayList<>();

    /** An entity this writer inserted. */
    public record Created(EntityType type, long id) {
    }

    public EntityWriter(Connection connection, String tenant) {
        this.connection = connection;
        this.tenant = tenant;
        this.links = new Links(connection, tenant);
    }

    /** Creates an entity (and what it contains) and returns its id; {@code scope} links it to a parent. */
    public long create(EntityType type, JsonNode body, Scope scope) throws SQLException, QueryException {
        long id = insertTree(type, body, scope);
        if (scope != null && scope.via().link() == Link.LINK_TABLE) {
            recordLocations(scope.via(), scope.parentId(), List.of(id));
        }
        return id;
    }

    private long insertTree(EntityType type, JsonNode body, Scope scope) throws SQLException, QueryException {
        if (body == null || !body.isObject()) {
            throw new QueryException("The " + type.singular() + " must be a JSON object.");
        }
        checkNames(type, body);
        if (links.isReference(body) && scope == null) {
            throw new QueryException("A new " + type.singular() + " needs its properties, not only an @iot.id.");
        }
        Map<String, Object> values = PropertyValues.of(type, body, true);
        Map<String, Long> foreignKeys = new HashMap<>();
        for (Navigation navigation : type.navigations()) {
            if (navigation.toOne()) {
                Long target = toOne(navigation, body.get(navigation.name()));
                if (target != null) {
                    foreignKeys.put(navigation.column(), target);
                }
            }
        }
        if (scope != null && scope.via().link() == Link.REVERSE_KEY) {
            foreignKeys.put(scope.via().column(), scope.parentId());
        }
        if (type == EntityType.OBSERVATION) {
            completeObservation(values, foreignKeys);
        }
        for (Navigation navigation : type.navigations()) {
            if (navigation.required() && !foreignKeys.containsKey(navigation.column())) {
                throw new QueryException("The " + type.singular() + " needs its " + navigation.name() + ".");
            }
        }
        long id = insert(type, values, foreignKeys);
        if (scope != null && scope.via().link() == Link.LINK_TABLE) {
            links.link(scope.via(), scope.parentId(), id);
        }
        for (Navigation navigation : type.navigations()) {
            JsonNode related = body.get(navigation.name());
            if (!navigation.toOne() && related != null && !related.isNull()) {
                toMany(navigation, id, related);
            }
        }
        if (type == EntityType.OBSERVATION) {
            DatastreamTimes.extend(connection, foreignKeys.get("datastream_id"), List.of(values));
        }
        if (type == EntityType.DATASTREAM) {
            DatastreamDatasets.keep(connection, id);
        }
        return id;
    }

    /** Every entity {@link #create} inserted, a deep insert's contents included, in the order of insertion. */
    public List<Created> created() {
        return List.copyOf(created);
    }

    /** Changes the given properties and links (PATCH), or replaces all properties (PUT). */
    public void update(EntityType type, long id, JsonNode body, boolean replace) throws SQLException,
            QueryException {
        if (body == null || !body.isObject()) {
            throw new QueryException("An update must be a JSON object.");
        }
        checkNames(type, body);
        Map<String, Object> values = PropertyValues.of(type, body, replace);
        Map<String, Long> foreignKeys = new HashMap<>();
        for (Navigation navigation : type.navigations()) {
            JsonNode related = body.get(navigation.name());
            if (related == null) {
                continue;
            }
            checkReferences(navigation, related);
            if (navigation.toOne()) {
                foreignKeys.put(navigation.column(), toOne(navigation, related));
            } else if (navigation.link() == Link.LINK_TABLE) {
                links.unlinkAll(navigation, id);
                toMany(navigation, id, related);
            } else {
                toMany(navigation, id, related);
            }
        }
        if (values.isEmpty() && foreignKeys.isEmpty()) {
            return;
        }
        List<String> assignments = new ArrayList<>();
        for (Property property : type.properties()) {
            if (values.containsKey(property.name())) {
                assignments.addAll(columnsOf(property).stream().map(c -> c + " = ?").toList());
            }
        }
        foreignKeys.keySet().forEach(column -> assignments.add(column + " = ?"));
        try (PreparedStatement update = connection.prepareStatement("update " + type.table() + " set "
                + String.join(", ", assignments) + " where id = ? and tenant = ?")) {
            int index = 1;
            for (Property property : type.properties()) {
                if (values.containsKey(property.name())) {
                    index = Columns.bind(update, index, property, values.get(property.name()));
                }
            }
            for (Long target : foreignKeys.values()) {
                update.setLong(index++, target);
            }
            update.setLong(index++, id);
            update.setString(index, tenant);
            update.executeUpdate();
        }
        if (type == EntityType.DATASTREAM && values.containsKey("properties")) {
            DatastreamDatasets.keep(connection, id);
        }
    }

    /**
     * Deletes an entity; the database cascades to what depends on it (a Location also takes its
     * HistoricalLocations along). Returns whether it existed.
     */
    public boolean delete(EntityType type, long id) throws SQLException {
        observationsOf(type, id);
        if (type == EntityType.LOCATION) {
            try (PreparedStatement delete = connection.prepareStatement("delete from sta_historical_locations where "
                    + "tenant = ? and id in (select historical_location_id from sta_historical_location_locations "
                    + "where location_id = ?)")) {
                delete.setString(1, tenant);
                delete.setLong(2, id);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from " + type.table() + " where id = ? and tenant = ?")) {
            delete.setLong(1, id);
            delete.setString(2, tenant);
            return delete.executeUpdate() > 0;
        }
    }

    /** Observations have no foreign key to their Datastream (see V1.sql); they go with it here. */
    private void observationsOf(EntityType type, long id) throws SQLException {
        String datastreams = switch (type) {
            case DATASTREAM -> "?";
            case THING -> "select id from sta_datastreams where thing_id = ?";
            case SENSOR -> "select id from sta_datastreams where sensor_id = ?";
            case OBSERVED_PROPERTY -> "select id from sta_datastreams where observed_property_id = ?";
            default -> null;
        };
        if (datastreams == null) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from sta_observations where tenant = ? "
                + "and datastream_id in (" + datastreams + ")")) {
            delete.setString(1, tenant);
            delete.setLong(2, id);
            delete.executeUpdate();
        }
    }

    /** An update may link entities by {@code @iot.id} but not create or change them inline. */
    private void checkReferences(Navigation navigation, JsonNode related) throws QueryException {
        boolean references = navigation.toOne() ? links.isReference(related)
                : related.isArray() && java.util.stream.StreamSupport.stream(related.spliterator(), false)
                        .allMatch(links::isReference);
        if (!references) {
            throw new QueryException("An update links " + navigation.name() + " by {\"@iot.id\": ...} only; "
                    + "create or change them with their own requests.");
        }
    }

    private void checkNames(EntityType type, JsonNode body) throws QueryException {
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            boolean known = type.property(name).isPresent() || type.navigation(name).isPresent()
                    || name.startsWith("@iot.") || name.endsWith("@iot.navigationLink");
            if (!known) {
                throw new QueryException(type.singular() + " has no property '" + name + "'.");
            }
        }
    }


    /** The id of the entity a to-one navigation links to: an existing one by id, or a new one. */
    private Long toOne(Navigation navigation, JsonNode related) throws SQLException, QueryException {
        if (related == null || related.isNull()) {
            return null;
        }
        if (links.isReference(related)) {
            return links.existing(navigation.target(), related);
        }
        return insertTree(navigation.target(), related, null);
    }

    private void toMany(Navigation navigation, long id, JsonNode related) throws SQLException, QueryException {
        if (!related.isArray()) {
            throw new QueryException(navigation.name() + " must be an array.");
        }
        Scope scope = new Scope(navigation, id);
        List<Long> targets = new ArrayList<>();
        for (JsonNode item : related) {
            if (links.isReference(item)) {
                long target = links.existing(navigation.target(), item);
                if (navigation.link() == Link.LINK_TABLE) {
                    links.link(navigation, id, target);
                } else {
                    links.reassign(navigation, id, target);
                }
                targets.add(target);
            } else {
                targets.add(insertTree(navigation.target(), item, scope));
            }
        }
        recordLocations(navigation, id, targets);
    }

    /** Things whose Locations changed get a HistoricalLocation with their current Locations. */
    private void recordLocations(Navigation navigation, long source, List<Long> targets) throws SQLException {
        if (targets.isEmpty() || !"sta_thing_locations".equals(navigation.linkTable())) {
            return;
        }
        if (navigation.target() == EntityType.LOCATION) {
            links.historicalLocation(source, Times.now());
        } else {
            for (long thing : targets) {
                links.historicalLocation(thing, Times.now());
            }
        }
    }

    private void completeObservation(Map<String, Object> values, Map<String, Long> foreignKeys)
            throws SQLException, QueryException {
        if (values.get("phenomenonTime") == null) {
            values.put("phenomenonTime", Times.now());
        }
        if (!foreignKeys.containsKey("feature_id") && foreignKeys.containsKey("datastream_id")) {
            foreignKeys.put("feature_id", Features.fromLocation(connection, tenant, foreignKeys.get("datastream_id")));
        }
    }

    private long insert(EntityType type, Map<String, Object> values, Map<String, Long> foreignKeys)
            throws SQLException {
        List<String> columns = new ArrayList<>(List.of("tenant"));
        columns.addAll(Columns.of(type));
        columns.addAll(foreignKeys.keySet());
        String placeholders = String.join(", ", columns.stream().map(c -> "?").toList());
        try (PreparedStatement insert = connection.prepareStatement("insert into " + type.table() + " ("
                + String.join(", ", columns) + ") values (" + placeholders + ")", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, tenant);
            int index = 2;
            for (Property property : type.properties()) {
                index = Columns.bind(insert, index, property, values.get(property.name()));
            }
            for (Long target : foreignKeys.values()) {
                insert.setLong(index++, target);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                created.add(new Created(type, id));
                return id;
            }
        }
    }

    private static List<String> columnsOf(Property property) {
        return switch (property.kind()) {
            case INTERVAL, INSTANT_OR_INTERVAL -> List.of(property.startColumn(), property.endColumn());
            case RESULT -> List.of("result", "result_number", "result_string");
            default -> List.of(property.column());
        };
    }

    /** Keeps a Datastream's phenomenonTime and resultTime spanning its Observations. */
    static final class DatastreamTimes {

        private DatastreamTimes() {
        }

        /** Extends a Datastream's times to cover the given Observations' values. */
        static void extend(Connection connection, long datastream, List<Map<String, Object>> observations)
                throws SQLException {
            OffsetDateTime start = null;
            OffsetDateTime end = null;
            OffsetDateTime resultStart = null;
            OffsetDateTime resultEnd = null;
            for (Map<String, Object> observation : observations) {
                Object phenomenon = observation.get("phenomenonTime");
                start = earlier(start, Values.start(phenomenon));
                end = later(end, Values.end(phenomenon));
                OffsetDateTime result = (OffsetDateTime) observation.get("resultTime");
                resultStart = earlier(resultStart, result);
                resultEnd = later(resultEnd, result);
            }
            try (PreparedStatement update = connection.prepareStatement("update sta_datastreams set "
                    + "phenomenon_time_start = least(coalesce(phenomenon_time_start, ?), ?), "
                    + "phenomenon_time_end = greatest(coalesce(phenomenon_time_end, ?), ?), "
                    + "result_time_start = least(coalesce(result_time_start, ?), ?), "
                    + "result_time_end = greatest(coalesce(result_time_end, ?), ?) where id = ?")) {
                OffsetDateTime[] times = {start, start, end, end, resultStart, resultStart, resultEnd, resultEnd};
                for (int i = 0; i < times.length; i++) {
                    update.setObject(i + 1, times[i], Types.TIMESTAMP_WITH_TIMEZONE);
                }
                update.setLong(9, datastream);
                update.executeUpdate();
            }
        }

        private static OffsetDateTime earlier(OffsetDateTime a, OffsetDateTime b) {
            return a == null || b != null && b.isBefore(a) ? b : a;
        }

        private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
            return a == null || b != null && b.isAfter(a) ? b : a;
        }
    }
}
