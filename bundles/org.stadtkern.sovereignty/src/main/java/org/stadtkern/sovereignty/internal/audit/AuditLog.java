package org.stadtkern.sovereignty.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.sovereignty.internal.SovereigntySchema;

/**
 * The append-only, hash-chained audit log in table {@code sovereignty_audit}. One writer per
 * runtime appends under a lock (several runtimes on one database would need a sequence and a lock
 * in the database); {@link #verify} recomputes the chain and names the first record that
 * was changed, removed or inserted.
 */
@Component(service = AuditLog.class)
public final class AuditLog {

    private static final int DETAIL_MAX = 2000;

    private final Jdbc database;
    private final Clock clock;
    /** The newest record's seq and hash once read: appending then costs one insert, not a query too. */
    private long lastSeq = -1;
    private String lastHash;

    @Activate
    public AuditLog(@Reference(target = SovereigntySchema.TARGET) Jdbc database) {
        this(database, Clock.systemUTC());
    }

    public AuditLog(Jdbc database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Appends a record and returns it. */
    public synchronized AuditRecord append(String tenant, String actor, String action, String dataset, String purpose,
            String detail) {
        String shortDetail = detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX - 1) + "…" : detail;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (Connection connection = database.connection()) {
            if (lastSeq < 0) {
                readLast(connection);
            }
            long seq = lastSeq + 1;
            String previous = lastHash;
            AuditRecord record = new AuditRecord(seq, at, tenant, actor, action, dataset, purpose, shortDetail,
                    previous, null).sealed();
            try (PreparedStatement insert = connection.prepareStatement("insert into sovereignty_audit (seq, at, "
                    + "tenant, actor, action, dataset, purpose, detail, previous_hash, hash) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, record.seq());
                insert.setTimestamp(2, Timestamp.from(record.at()));
                insert.setString(3, record.tenant());
                insert.setString(4, record.actor());
                insert.setString(5, record.action());
                insert.setString(6, record.dataset());
                insert.setString(7, record.purpose());
                insert.setString(8, record.detail());
                insert.setString(9, record.previousHash());
                insert.setString(10, record.hash());
                insert.executeUpdate();
            }
            lastSeq = record.seq();
            lastHash = record.hash();
            return record;
        } catch (SQLException e) {
            lastSeq = -1;
            throw new IllegalStateException("The audit log cannot be written: " + e.getMessage(), e);
        }
    }

    private void readLast(Connection connection) throws SQLException {
        lastSeq = 0;
        lastHash = AuditRecord.GENESIS;
        try (PreparedStatement last = connection.prepareStatement(
                "select seq, hash from sovereignty_audit order by seq desc limit 1");
                ResultSet row = last.executeQuery()) {
            if (row.next()) {
                lastSeq = row.getLong(1);
                lastHash = row.getString(2);
            }
        }
    }

    /**
     * Records of a tenant (all tenants for {@code null}), optionally of one dataset and since a time,
     * newest first, at most {@code limit}.
     */
    public List<AuditRecord> query(String tenant, String dataset, Instant since, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("select * from sovereignty_audit where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (tenant != null) {
            sql.append(" and tenant = ?");
            parameters.add(tenant);
        }
        if (dataset != null) {
            sql.append(" and dataset = ?");
            parameters.add(dataset);
        }
        if (since != null) {
            sql.append(" and at >= ?");
            parameters.add(Timestamp.from(since));
        }
        sql.append(" order by seq desc limit ").append(Math.max(0, limit));
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<AuditRecord> records = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    records.add(read(row));
                }
            }
            return records;
        }
    }

    /** The result of checking the chain. */
    public record Verification(long records, Optional<String> problem) {
        public boolean intact() {
            return problem.isEmpty();
        }
    }

    /** Recomputes the whole chain in order; names the first record that does not fit. */
    public Verification verify() throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select * from sovereignty_audit order by seq");
                ResultSet row = select.executeQuery()) {
            long expected = 1;
            String previous = AuditRecord.GENESIS;
            while (row.next()) {
                AuditRecord record = read(row);
                if (record.seq() != expected) {
                    return new Verification(expected - 1, Optional.of("record " + expected + " is missing"));
                }
                if (!record.previousHash().equals(previous)) {
                    return new Verification(expected - 1, Optional.of("record " + expected
                            + " does not follow record " + (expected - 1) + " (removed or replaced)"));
                }
                if (!record.intact()) {
                    return new Verification(expected - 1, Optional.of("record " + expected + " was changed"));
                }
                previous = record.hash();
                expected++;
            }
            return new Verification(expected - 1, Optional.empty());
        }
    }

    private static AuditRecord read(ResultSet row) throws SQLException {
        return new AuditRecord(row.getLong("seq"), row.getTimestamp("at").toInstant(), row.getString("tenant"),
                row.getString("actor"), row.getString("action"), row.getString("dataset"), row.getString("purpose"),
                row.getString("detail"), row.getString("previous_hash"), row.getString("hash"));
    }
}
