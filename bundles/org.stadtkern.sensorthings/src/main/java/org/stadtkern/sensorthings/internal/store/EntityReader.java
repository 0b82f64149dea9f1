package org.stadtkern.sensorthings.internal.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.query.Expr;
import org.stadtkern.sensorthings.internal.query.OrderBy;
import org.stadtkern.sensorthings.internal.query.Query;
import org.stadtkern.sensorthings.internal.query.QueryException;

/**
 * Reads the entities a {@link Visibility} lets through over one connection. Queries run in SQL where {@link SqlFilter}
 * translates them; the rest of a filter or ordering is applied in Java to at most {@code scanLimit}
 * candidate rows.
 */
public final class EntityReader {

    private static final String ALIAS = "e";

    private final Connection connection;
    private final Visibility visibility;
    private final int scanLimit;
    private final Map<String, Entity> cache = new HashMap<>();
    private final Evaluator evaluator = new Evaluator(new Evaluator.Related() {
        @Override
        public Entity load(Entity from, Navigation navigation) throws QueryException {
            return related(from, navigation);
        }

        @Override
        public List<Entity> loadAll(Entity from, Navigation navigation) throws QueryException {
            try {
                return list(navigation.target(), new Scope(navigation, from.id()), Query.NONE, scanLimit).entities();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    });

    /** A reader of every entity of one tenant (the service's own view). */
    public EntityReader(Connection connection, String tenant, int scanLimit) {
        this(connection, Visibility.tenant(tenant), scanLimit);
    }

    public EntityReader(Connection connection, Visibility visibility, int scanLimit) {
        this.connection = connection;
        this.visibility = visibility;
        this.scanLimit = scanLimit;
    }

    /** The visible entity with this id. */
    /** Whether an entity with the id exists at all, whoever may see it (to audit a refused read). */
    public boolean exists(EntityType type, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from " + type.table()
                + " where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    public Optional<Entity> find(EntityType type, long id) throws SQLException {
        String key = type.name() + id;
        Entity cached = cache.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Sql visible = visibility.condition(type, ALIAS);
        List<Object> parameters = new ArrayList<>(List.of(id));
        parameters.addAll(visible.parameters());
        try (PreparedStatement select = prepare(connection, "select * from " + type.table() + " " + ALIAS
                + " where " + ALIAS + ".id = ? and " + visible.text(), parameters)) {
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Entity entity = Columns.read(row, type);
                cache.put(key, entity);
                return Optional.of(entity);
            }
        }
    }

    /** The entity a to-one navigation leads to, or {@code null}. */
    public Entity related(Entity from, Navigation navigation) throws QueryException {
        Long id = from.foreignKey(navigation);
        try {
            return id == null ? null : find(navigation.target(), id).orElse(null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the entity {@code id} is in the scope (is linked to the scope's parent). */
    public boolean inScope(EntityType type, Scope scope, long id) throws SQLException {
        Sql visible = visibility.condition(type, ALIAS);
        List<Object> parameters = new ArrayList<>(List.of(id, scope.parentId()));
        parameters.addAll(visible.parameters());
        try (PreparedStatement select = prepare(connection, "select count(*) from " + type.table() + " " + ALIAS
                + " where " + ALIAS + ".id = ? and " + scope.sql(ALIAS) + " and " + visible.text(), parameters)) {
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getLong(1) > 0;
            }
        }
    }

    /** One page of the entities of {@code type} in {@code scope} (or all), as {@code query} asks. */
    public Page list(EntityType type, Scope scope, Query query, int pageSize) throws SQLException, QueryException {
        Selection selection = Selection.of(visibility, type, scope, query.filter(), ALIAS);
        List<Sql> conditions = selection.conditions();
        List<Expr> residual = selection.residual();
        SqlFilter translator = new SqlFilter();
        List<Sql> order = new ArrayList<>();
        if (scope != null && scope.via().link() == Navigation.Link.REVERSE_KEY && !query.orderBy().isEmpty()) {
            // equal for every row; leading the ordering with it lets H2 read an index on (key, ...) in order
            order.add(Sql.of(ALIAS + "." + scope.via().column(), Sql.Kind.NUMBER));
        }
        boolean javaOrder = false;
        for (OrderBy key : query.orderBy()) {
            PathCheck.check(key.expr(), type);
            Sql sql = translator.orderKey(key.expr(), type, ALIAS);
            javaOrder |= sql == null;
            if (sql != null) {
                String nulls = neverNull(type, key.expr()) ? "" : key.descending() ? " nulls last" : " nulls first";
                order.add(new Sql(sql.text() + (key.descending() ? " desc" : " asc") + nulls, sql.parameters(),
                        sql.kind(), null));
            }
        }
        boolean lastDescending = !query.orderBy().isEmpty() && query.orderBy().get(query.orderBy().size() - 1)
                .descending();
        // the same direction as the last key, so that an index on (..., key, id) serves the whole ordering
        order.add(Sql.of(ALIAS + ".id" + (lastDescending ? " desc" : ""), Sql.Kind.NUMBER));
        int top = query.top() == null ? pageSize : Math.min(query.top(), pageSize);
        if (residual.isEmpty() && !javaOrder) {
            return sqlPage(type, conditions, order, query, top);
        }
        return javaPage(type, conditions, residual, query, top);
    }

    private Page sqlPage(EntityType type, List<Sql> conditions, List<Sql> order, Query query, int top)
            throws SQLException {
        Sql where = and(conditions);
        Long count = query.count() ? count(type, where) : null;
        List<Entity> entities = new ArrayList<>();
        if (top > 0) {
            Sql orderBy = Sql.join(String.join(", ", order.stream().map(o -> "%s").toList()), Sql.Kind.NULL,
                    order.toArray(new Sql[0]));
            List<Object> parameters = new ArrayList<>(where.parameters());
            parameters.addAll(orderBy.parameters());
            parameters.add(query.skip());
            parameters.add(top + 1);
            String sql = "select " + ALIAS + ".* from " + type.table() + " " + ALIAS + " where " + where.text()
                    + " order by " + orderBy.text() + " offset ? rows fetch next ? rows only";
            try (PreparedStatement select = prepare(connection, sql, parameters);
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entities.add(Columns.read(rows, type));
                }
            }
        }
        boolean more = entities.size() > top;
        return new Page(more ? entities.subList(0, top) : entities, count, more);
    }

    private Page javaPage(EntityType type, List<Sql> conditions, List<Expr> residual, Query query, int top)
            throws SQLException, QueryException {
        Sql where = and(conditions);
        String sql = "select " + ALIAS + ".* from " + type.table() + " " + ALIAS + " where " + where.text()
                + " order by " + ALIAS + ".id fetch first ? rows only";
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(scanLimit + 1);
        List<Entity> matching = new ArrayList<>();
        int scanned = 0;
        try (PreparedStatement select = prepare(connection, sql, parameters);
                    ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (++scanned > scanLimit) {
                    throw new QueryException("This query needs more than " + scanLimit + " entities checked one by "
                            + "one (a condition on JSON properties, geometry or date parts); narrow it down with "
                            + "conditions on plain properties.");
                }
                Entity entity = Columns.read(rows, type);
                if (matchesAll(residual, entity)) {
                    matching.add(entity);
                }
            }
        }
        sort(matching, query.orderBy());
        int from = Math.min(query.skip(), matching.size());
        int to = Math.min(matching.size(), from + top);
        return new Page(new ArrayList<>(matching.subList(from, to)), query.count() ? (long) matching.size() : null,
                to < matching.size());
    }

    private boolean matchesAll(List<Expr> residual, Entity entity) throws QueryException {
        for (Expr expr : residual) {
            if (!evaluator.matches(expr, entity)) {
                return false;
            }
        }
        return true;
    }

    private void sort(List<Entity> entities, List<OrderBy> keys) throws QueryException {
        if (keys.isEmpty()) {
            return;
        }
        Map<Entity, Object[]> values = new HashMap<>();
        for (Entity entity : entities) {
            Object[] row = new Object[keys.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = evaluator.evaluate(keys.get(i).expr(), entity);
            }
            values.put(entity, row);
        }
        Comparator<Entity> comparator = (a, b) -> {
            for (int i = 0; i < keys.size(); i++) {
                int order = compareNullsFirst(values.get(a)[i], values.get(b)[i]);
                if (order != 0) {
                    return keys.get(i).descending() ? -order : order;
                }
            }
            boolean descending = keys.get(keys.size() - 1).descending();
            return descending ? Long.compare(b.id(), a.id()) : Long.compare(a.id(), b.id());
        };
        entities.sort(comparator);
    }

    private static int compareNullsFirst(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        Integer order = Values.compare(a, b);
        return order == null ? 0 : order;
    }

    private long count(EntityType type, Sql where) throws SQLException {
        String sql = "select count(*) from " + type.table() + " " + ALIAS + " where " + where.text();
        try (PreparedStatement select = prepare(connection, sql, where.parameters());
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Whether a key is a column that is never null, so that no NULLS clause keeps an index from serving it. */
    private static boolean neverNull(EntityType type, Expr key) {
        if (!(key instanceof Expr.Path path) || path.segments().size() != 1) {
            return false;
        }
        String name = path.segments().get(0);
        if ("id".equals(name) || "@iot.id".equals(name)) {
            return true;
        }
        if (type == EntityType.OBSERVATION && "phenomenonTime".equals(name)) {
            return true;
        }
        return type.property(name).map(p -> p.required() && p.kind() == org.stadtkern.sensorthings.internal.model
                .PropertyKind.TEXT).orElse(false);
    }

    static Sql and(List<Sql> conditions) {
        return Sql.join(String.join(" and ", conditions.stream().map(c -> "%s").toList()), Sql.Kind.BOOLEAN,
                conditions.toArray(new Sql[0]));
    }


    static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                if (value instanceof OffsetDateTime) {
                    statement.setObject(i + 1, value, Types.TIMESTAMP_WITH_TIMEZONE);
                } else if (value instanceof BigDecimal number) {
                    statement.setBigDecimal(i + 1, number);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
