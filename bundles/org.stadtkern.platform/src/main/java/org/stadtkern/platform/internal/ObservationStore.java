package org.stadtkern.platform.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.Database;
import org.stadtkern.core.api.SchemaMigrator;

/** Observations in the Stadtkern database, table {@code observations}. */
@Component(service = ObservationStore.class)
public final class ObservationStore {

    private final DataSource dataSource;

    @Activate
    public ObservationStore(@Reference(target = Database.TARGET) DataSource dataSource,
            @Reference SchemaMigrator migrator) throws SQLException {
        this.dataSource = dataSource;
        migrator.migrate("platform", ObservationStore.class.getClassLoader());
    }

    /** Writes all observations in one transaction. */
    public void insert(List<Observation> observations) throws SQLException {
        try (Inserter inserter = inserter()) {
            inserter.insert(observations);
        }
    }

    /** A connection with a prepared insert, for a writer that stores batch after batch. */
    public Inserter inserter() throws SQLException {
        return new Inserter(dataSource.getConnection());
    }

    /** Inserts batches over one connection; close it when done or after an error. */
    public static final class Inserter implements AutoCloseable {

        private final Connection connection;
        private final PreparedStatement insert;

        Inserter(Connection connection) throws SQLException {
            this.connection = connection;
            try {
                connection.setAutoCommit(false);
                this.insert = connection.prepareStatement("insert into observations "
                        + "(tenant, datastream, phenomenon_time, result_number, parameters, received_at) "
                        + "values (?, ?, ?, ?, ?, ?)");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }

        /** Writes all observations in one transaction. */
        public void insert(List<Observation> observations) throws SQLException {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try {
                for (Observation observation : observations) {
                    insert.setString(1, observation.tenant());
                    insert.setString(2, observation.datastream());
                    insert.setObject(3, observation.phenomenonTime());
                    insert.setDouble(4, observation.result());
                    insert.setString(5, observation.parameters());
                    insert.setObject(6, now);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                insert.clearBatch();
                connection.rollback();
                throw e;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                connection.setAutoCommit(true);
            } finally {
                connection.close();
            }
        }
    }

    /** The newest observations of a datastream, newest first. */
    public List<Observation> newest(String tenant, String datastream, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select phenomenon_time, result_number, "
                        + "parameters from observations where tenant = ? and datastream = ? "
                        + "order by phenomenon_time desc, id desc fetch first ? rows only")) {
            query.setString(1, tenant);
            query.setString(2, datastream);
            query.setInt(3, limit);
            List<Observation> observations = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    observations.add(new Observation(tenant, datastream, rows.getObject(1, OffsetDateTime.class),
                            rows.getDouble(2), rows.getString(3)));
                }
            }
            return observations;
        }
    }

    /** Every datastream of a tenant with its number of observations and the time of the newest. */
    public List<DatastreamSummary> datastreams(String tenant) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select datastream, count(*), "
                        + "max(phenomenon_time) from observations where tenant = ? group by datastream "
                        + "order by datastream")) {
            query.setString(1, tenant);
            List<DatastreamSummary> summaries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    summaries.add(new DatastreamSummary(rows.getString(1), rows.getLong(2),
                            rows.getObject(3, OffsetDateTime.class)));
                }
            }
            return summaries;
        }
    }

    /** A datastream as listed by {@code GET /api/datastreams}. */
    public record DatastreamSummary(String name, long observations, OffsetDateTime newest) {
    }
}
