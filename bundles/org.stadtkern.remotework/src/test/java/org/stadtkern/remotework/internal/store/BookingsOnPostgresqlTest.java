package org.stadtkern.remotework.internal.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;

/**
 * The same, on PostgreSQL (each test in a schema of its own): the primary key of the slots, not the
 * code, keeps a desk from being booked twice there too. Skipped where no PostgreSQL runs; CI starts one.
 */
class BookingsOnPostgresqlTest extends BookingsTest {

    private DataSource database;

    @Override
    Fixture fixture() throws Exception {
        Optional<DataSource> postgresql = Fixture.postgresql();
        assumeTrue(postgresql.isPresent(), "no PostgreSQL on localhost:5432 (CI starts one)");
        database = postgresql.get();
        return new Fixture(database);
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (database != null) {
            String schema = ((org.postgresql.ds.PGSimpleDataSource) database).getCurrentSchema();
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("drop schema " + schema + " cascade");
            }
        }
    }
}
