package org.stadtkern.core.api.measure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A measure's database, with its schema migrated: an OSGi service the core registers for every
 * bundle whose manifest declares {@value #HEADER}{@code : <schema>}, once the bundle's scripts
 * {@code db/<schema>/V1.sql}, {@code V2.sql}, ... have run (each once, in order, in its own
 * transaction). Reference it as
 * <pre>{@literal @}Reference(target = "(stadtkern.schema=hinweg)") Jdbc jdbc</pre>
 * Statements take their parameters in order ({@code ?}); a {@code null} parameter is SQL NULL.
 */
@ProviderType
public interface Jdbc {

    /** Manifest header naming a bundle's schema (the folder of its scripts under {@code db/}). */
    String HEADER = "Stadtkern-Schema";

    /** Service property naming the schema a {@code Jdbc} service was migrated for. */
    String SCHEMA = "stadtkern.schema";

    /** One row of a result, mapped to a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Work done in one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Jdbc transaction) throws SQLException;
    }

    /**
     * A {@code Jdbc} on a DataSource, for code outside the runtime (unit tests on an in-memory H2,
     * with the scripts run by the test); in the runtime, reference the service instead.
     */
    static Jdbc on(javax.sql.DataSource dataSource) {
        return new DataSourceJdbc(dataSource);
    }

    /** Every row of the query, mapped. */
    <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException;

    /** The first row of the query, mapped, if there is one. */
    <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException;

    /** Runs an insert, update or delete; returns the number of rows it changed. */
    int update(String sql, Object... parameters) throws SQLException;

    /**
     * Runs an insert into a table with a generated key (an identity column) and returns the key the
     * database gave the new row.
     *
     * @throws SQLException also when the statement generated no key
     */
    long insert(String sql, Object... parameters) throws SQLException;

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws. The
     * {@code Jdbc} it is given runs every statement on the transaction's connection.
     */
    <T> T transaction(Work<T> work) throws SQLException;

    /**
     * A connection for what the methods above do not cover (batches, streaming); the caller closes
     * it. Inside {@link #transaction} it is the transaction's, and closing it is left to the transaction.
     */
    Connection connection() throws SQLException;
}
