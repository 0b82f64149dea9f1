package org.stadtkern.sensorthings.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.Expr;
import org.stadtkern.sensorthings.internal.query.QueryException;

/**
 * Extensions FROST-Server users ask for: deleting Observations by filter, and time-bucket aggregates
 * (count, min, max, avg of numeric results per interval), both evaluated in the database.
 */
public final class ObservationMaintenance {

    private static final String ALIAS = "e";
    /** Most buckets one aggregate request may produce. */
    static final int MAX_BUCKETS = 100_000;

    /** One time bucket. */
    public record Bucket(OffsetDateTime start, OffsetDateTime end, long count, Double min, Double max, Double avg) {
    }

    private final Connection connection;
    private final String tenant;

    public ObservationMaintenance(Connection connection, String tenant) {
        this.connection = connection;
        this.tenant = tenant;
    }

    /** Deletes the Observations in scope that match the filter; returns how many. Caller commits. */
    public int delete(Scope scope, Expr filter) throws SQLException, QueryException {
        if (filter == null) {
            throw new QueryException("Deleting Observations needs a $filter, "
                    + "e.g. phenomenonTime lt 2020-01-01T00:00:00Z.");
        }
        Selection selection = selected(scope, filter);
        Sql where = selection.where();
        try (PreparedStatement delete = EntityReader.prepare(connection, "delete from sta_observations " + ALIAS
                + " where " + where.text(), where.parameters())) {
            return delete.executeUpdate();
        }
    }

    /** Aggregates of numeric results per {@code interval}, from the buckets' start (epoch-aligned). */
    public List<Bucket> aggregate(Scope scope, Expr filter, Duration interval) throws SQLException, QueryException {
        if (interval.isNegative() || interval.getSeconds() < 1) {
            throw new QueryException("The interval must be at least one second (PT1S).");
        }
        Selection selection = selected(scope, filter);
        Sql where = selection.where();
        long seconds = interval.getSeconds();
        String bucket = "floor(extract(epoch from " + ALIAS + ".phenomenon_time_start) / " + seconds + ")";
        String sql = "select " + bucket + " as bucket, count(*), min(" + ALIAS + ".result_number), max(" + ALIAS
                + ".result_number), avg(" + ALIAS + ".result_number) from sta_observations " + ALIAS + " where "
                + where.text() + " group by " + bucket + " order by 1 fetch first " + (MAX_BUCKETS + 1) + " rows only";
        List<Bucket> buckets = new ArrayList<>();
        try (PreparedStatement select = EntityReader.prepare(connection, sql, where.parameters());
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (buckets.size() == MAX_BUCKETS) {
                    throw new QueryException("More than " + MAX_BUCKETS + " intervals; choose a longer interval or "
                            + "filter by phenomenonTime.");
                }
                OffsetDateTime start = OffsetDateTime.ofInstant(Instant.ofEpochSecond(rows.getLong(1) * seconds),
                        ZoneOffset.UTC);
                buckets.add(new Bucket(start, start.plus(interval), rows.getLong(2), number(rows, 3), number(rows, 4),
                        number(rows, 5)));
            }
        }
        return buckets;
    }

    private Selection selected(Scope scope, Expr filter) throws QueryException {
        Selection selection = Selection.of(Visibility.tenant(tenant), EntityType.OBSERVATION, scope, filter, ALIAS);
        if (!selection.residual().isEmpty()) {
            throw new QueryException("This $filter has parts the database cannot evaluate (JSON sub-properties, "
                    + "geometry, date parts); use conditions on plain properties here.");
        }
        return selection;
    }

    private static Double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
