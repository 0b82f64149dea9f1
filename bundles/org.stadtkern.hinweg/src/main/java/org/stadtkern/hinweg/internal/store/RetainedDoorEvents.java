package org.stadtkern.hinweg.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.retention.RetentionOutcome;
import org.stadtkern.core.api.retention.RetentionRule;
import org.stadtkern.core.api.retention.RetentionTarget;
import org.stadtkern.core.api.measure.Jdbc;

/**
 * Hin &amp; Weg's door events as a target of the data-sovereignty retention run: they belong to the
 * dataset {@value #DATASET}. Events past the retention are deleted, after being summed per trip,
 * stop and interval into {@code hinweg_counts_hourly} when the policy aggregates (added to a sum
 * already there). One transaction: all or nothing.
 */
@Component(service = RetentionTarget.class)
public final class RetainedDoorEvents implements RetentionTarget {

    /** The dataset of the raw door counts. */
    public static final String DATASET = "passenger-counts";
    private static final String EXPIRED = " from hinweg_door_events where tenant = ? and at < ?";

    private final Jdbc database;

    @Activate
    public RetainedDoorEvents(@Reference(target = HinwegSchema.TARGET) Jdbc database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "Hin & Weg door events";
    }

    @Override
    public boolean holds(DatasetRef dataset) {
        return DATASET.equals(dataset.name());
    }

    @Override
    public RetentionOutcome apply(RetentionRule rule, boolean dryRun) throws SQLException {
        if (!holds(rule.dataset())) {
            return RetentionOutcome.NOTHING;
        }
        try (Connection connection = database.connection()) {
            return apply(connection, rule, dryRun);
        }
    }

    /** Applies the rule on the connection (for tests: a connection of their own). */
    static RetentionOutcome apply(Connection connection, RetentionRule rule, boolean dryRun) throws SQLException {
        String tenant = rule.dataset().tenant();
        Instant cutoff = rule.effectiveCutoff();
        String bucket = rule.aggregates() ? "floor(extract(epoch from at) / " + rule.resolution().getSeconds() + ")"
                : null;
        if (dryRun) {
            long expired = count(connection, "select count(*)" + EXPIRED, tenant, cutoff);
            long groups = bucket == null ? 0 : count(connection, "select count(*) from (select 1 as one" + EXPIRED
                    + " group by trip_id, stop_id, stop_sequence, " + bucket + ") g", tenant, cutoff);
            return new RetentionOutcome(expired, groups);
        }
        connection.setAutoCommit(false);
        try {
            long aggregates = bucket == null ? 0 : aggregate(connection, tenant, cutoff, bucket,
                    rule.resolution().getSeconds());
            long deleted;
            try (PreparedStatement delete = connection.prepareStatement("delete" + EXPIRED)) {
                delete.setString(1, tenant);
                delete.setObject(2, utc(cutoff));
                deleted = delete.executeUpdate();
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

    private static long aggregate(Connection connection, String tenant, Instant cutoff, String bucket, long seconds)
            throws SQLException {
        long written = 0;
        try (PreparedStatement groups = connection.prepareStatement("select trip_id, stop_id, stop_sequence, "
                + bucket + ", sum(boardings), sum(alightings), count(*)" + EXPIRED
                + " group by trip_id, stop_id, stop_sequence, " + bucket);
                PreparedStatement update = connection.prepareStatement("update hinweg_counts_hourly set "
                        + "boardings = boardings + ?, alightings = alightings + ?, events = events + ? "
                        + "where tenant = ? and trip_id = ? and stop_sequence = ? and hour_start = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into hinweg_counts_hourly values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            groups.setString(1, tenant);
            groups.setObject(2, utc(cutoff));
            try (ResultSet group = groups.executeQuery()) {
                while (group.next()) {
                    OffsetDateTime start = utc(Instant.ofEpochSecond(group.getLong(4) * seconds));
                    update.setInt(1, group.getInt(5));
                    update.setInt(2, group.getInt(6));
                    update.setInt(3, group.getInt(7));
                    update.setString(4, tenant);
                    update.setString(5, group.getString(1));
                    update.setInt(6, group.getInt(3));
                    update.setObject(7, start);
                    if (update.executeUpdate() == 0) {
                        insert.setString(1, tenant);
                        insert.setString(2, group.getString(1));
                        insert.setString(3, group.getString(2));
                        insert.setInt(4, group.getInt(3));
                        insert.setObject(5, start);
                        insert.setInt(6, group.getInt(5));
                        insert.setInt(7, group.getInt(6));
                        insert.setInt(8, group.getInt(7));
                        insert.executeUpdate();
                    }
                    written++;
                }
            }
        }
        return written;
    }

    private static long count(Connection connection, String sql, String tenant, Instant cutoff) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, tenant);
            select.setObject(2, utc(cutoff));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
