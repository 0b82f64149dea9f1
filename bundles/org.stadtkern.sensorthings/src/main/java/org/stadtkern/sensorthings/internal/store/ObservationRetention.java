package org.stadtkern.sensorthings.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.stadtkern.core.api.retention.RetentionOutcome;
import org.stadtkern.core.api.retention.RetentionRule;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Retention of one dataset's Observations (those of the Datastreams whose {@code dataset} column
 * names it): raw Observations that ended before the cutoff are deleted, after being summarised per
 * Datastream, FeatureOfInterest and interval into aggregate Observations (phenomenonTime the
 * interval, result the mean, {@code parameters.aggregate} with count, min, max and sum) when the
 * rule aggregates. Aggregates are kept. Everything happens in one transaction.
 */
public final class ObservationRetention {

    /** Raw Observations of the dataset that ended before the cutoff. */
    private static final String EXPIRED = "from sta_observations o where o.aggregate_of is null"
            + " and o.phenomenon_time_start < ? and coalesce(o.phenomenon_time_end, o.phenomenon_time_start) < ?"
            + " and o.datastream_id in (select d.id from sta_datastreams d where d.tenant = ? and d.dataset = ?)";

    private final Connection connection;

    public ObservationRetention(Connection connection) {
        this.connection = connection;
    }

    /** Applies the rule (or, for a dry run, counts); commits, or rolls back everything when it fails. */
    public RetentionOutcome apply(RetentionRule rule, boolean dryRun) throws SQLException {
        if (dryRun) {
            return new RetentionOutcome(count(rule), rule.aggregates() ? groups(rule) : 0);
        }
        connection.setAutoCommit(false);
        try {
            long aggregates = rule.aggregates() ? writeAggregates(rule) : 0;
            long deleted;
            try (PreparedStatement delete = prepare("delete " + EXPIRED, rule)) {
                deleted = delete.executeUpdate();
            }
            if (deleted > 0) {
                shortenDatastreamTimes(rule);
            }
            connection.commit();
            return new RetentionOutcome(deleted, aggregates);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private long count(RetentionRule rule) throws SQLException {
        try (PreparedStatement select = prepare("select count(*) " + EXPIRED, rule);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private long groups(RetentionRule rule) throws SQLException {
        try (PreparedStatement select = prepare("select count(*) from (select 1 as one " + EXPIRED
                + " and o.result_number is not null group by " + grouping(rule) + ") g", rule);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String grouping(RetentionRule rule) {
        return "o.datastream_id, o.feature_id, " + bucket(rule);
    }

    private static String bucket(RetentionRule rule) {
        return "floor(extract(epoch from o.phenomenon_time_start) / " + rule.resolution().getSeconds() + ")";
    }

    /** One aggregate per Datastream, FeatureOfInterest and interval with numeric results. */
    private long writeAggregates(RetentionRule rule) throws SQLException {
        long seconds = rule.resolution().getSeconds();
        String select = "select o.datastream_id, o.feature_id, " + bucket(rule) + ", count(*), min(o.result_number), "
                + "max(o.result_number), sum(o.result_number), avg(o.result_number), min(o.tenant) " + EXPIRED
                + " and o.result_number is not null group by " + grouping(rule);
        long written = 0;
        try (PreparedStatement groups = prepare(select, rule);
                PreparedStatement insert = connection.prepareStatement("insert into sta_observations (tenant, "
                        + "phenomenon_time_start, phenomenon_time_end, result, result_number, result_string, "
                        + "result_time, parameters, datastream_id, feature_id, aggregate_of) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                ResultSet group = groups.executeQuery()) {
            while (group.next()) {
                Instant start = Instant.ofEpochSecond(group.getLong(3) * seconds);
                Instant end = start.plusSeconds(seconds);
                long count = group.getLong(4);
                double mean = group.getDouble(8);
                ObjectNode aggregate = Columns.MAPPER.createObjectNode();
                aggregate.putObject("aggregate").put("resolution", rule.resolution().toString()).put("count", count)
                        .put("min", group.getDouble(5)).put("max", group.getDouble(6)).put("sum", group.getDouble(7));
                String result = Columns.MAPPER.getNodeFactory().numberNode(mean).toString();
                insert.setString(1, group.getString(9));
                insert.setObject(2, utc(start));
                insert.setObject(3, utc(end));
                insert.setString(4, result);
                insert.setDouble(5, mean);
                insert.setString(6, result);
                insert.setObject(7, utc(end));
                insert.setString(8, aggregate.toString());
                insert.setLong(9, group.getLong(1));
                insert.setLong(10, group.getLong(2));
                insert.setLong(11, count);
                insert.addBatch();
                written++;
            }
            insert.executeBatch();
        }
        return written;
    }

    /** The Datastreams' phenomenonTime and resultTime start at their oldest remaining Observation. */
    private void shortenDatastreamTimes(RetentionRule rule) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update sta_datastreams set "
                + "phenomenon_time_start = (select min(o.phenomenon_time_start) from sta_observations o "
                + "where o.datastream_id = sta_datastreams.id), "
                + "result_time_start = (select min(o.result_time) from sta_observations o "
                + "where o.datastream_id = sta_datastreams.id) where tenant = ? and dataset = ?");
                PreparedStatement empty = connection.prepareStatement("update sta_datastreams set "
                        + "phenomenon_time_end = null, result_time_end = null where tenant = ? and dataset = ? "
                        + "and phenomenon_time_start is null")) {
            for (PreparedStatement statement : new PreparedStatement[] {update, empty}) {
                statement.setString(1, rule.dataset().tenant());
                statement.setString(2, rule.dataset().name());
                statement.executeUpdate();
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private PreparedStatement prepare(String sql, RetentionRule rule) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        OffsetDateTime cutoff = utc(rule.effectiveCutoff());
        statement.setObject(1, cutoff);
        statement.setObject(2, cutoff);
        statement.setString(3, rule.dataset().tenant());
        statement.setString(4, rule.dataset().name());
        return statement;
    }
}
