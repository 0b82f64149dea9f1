package org.stadtkern.sovereignty.internal.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.sovereignty.internal.SovereigntySchema;

/** Grants: a user of a tenant may read a personal dataset for a purpose, until a time or for good. */
@Component(service = Grants.class)
public final class Grants {

    /** One grant. */
    public record Grant(long id, String tenant, String user, String dataset, String purpose, String grantedBy,
            Instant grantedAt, Instant expiresAt) {
    }

    private final Jdbc database;

    @Activate
    public Grants(@Reference(target = SovereigntySchema.TARGET) Jdbc database) {
        this.database = database;
    }

    public long add(String tenant, String user, String dataset, String purpose, String grantedBy, Instant now,
            Instant expiresAt) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement("insert into sovereignty_grants (tenant, "
                        + "user_name, dataset, purpose, granted_by, granted_at, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, tenant);
            insert.setString(2, user);
            insert.setString(3, dataset);
            insert.setString(4, purpose);
            insert.setString(5, grantedBy);
            insert.setTimestamp(6, Timestamp.from(now));
            insert.setTimestamp(7, expiresAt == null ? null : Timestamp.from(expiresAt));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Removes a grant of the tenant; whether there was one. */
    public boolean remove(String tenant, long id) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from sovereignty_grants where id = ? and tenant = ?")) {
            delete.setLong(1, id);
            delete.setString(2, tenant);
            return delete.executeUpdate() > 0;
        }
    }

    /** The grants of a tenant (every tenant for {@code null}), valid at {@code now} or not. */
    public List<Grant> list(String tenant) throws SQLException {
        return select(tenant == null ? "select * from sovereignty_grants order by id"
                : "select * from sovereignty_grants where tenant = ? order by id", tenant);
    }

    /** The grants a user holds at {@code now}. */
    public List<Grant> valid(String tenant, String user, Instant now) throws SQLException {
        List<Grant> grants = new ArrayList<>();
        for (Grant grant : select("select * from sovereignty_grants where tenant = ? and user_name = ?", tenant,
                user)) {
            if (grant.expiresAt() == null || grant.expiresAt().isAfter(now)) {
                grants.add(grant);
            }
        }
        return grants;
    }

    private List<Grant> select(String sql, String... parameters) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            for (String parameter : parameters) {
                if (parameter != null) {
                    select.setString(index++, parameter);
                }
            }
            List<Grant> grants = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Timestamp expires = row.getTimestamp("expires_at");
                    grants.add(new Grant(row.getLong("id"), row.getString("tenant"), row.getString("user_name"),
                            row.getString("dataset"), row.getString("purpose"), row.getString("granted_by"),
                            row.getTimestamp("granted_at").toInstant(), expires == null ? null : expires.toInstant()));
                }
            }
            return grants;
        }
    }
}
