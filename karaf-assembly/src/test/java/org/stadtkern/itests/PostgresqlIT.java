package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;

import javax.sql.DataSource;

import org.junit.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * PostgreSQL by configuration only: etc/org.ops4j.datasource-stadtkern.cfg is edited as an operator
 * would, pointing at a real PostgreSQL 15 (installed and started by .ci/run: database, user and
 * password "stadtkern" on localhost:5432); the bundles create their tables there and MQTT data
 * lands in it, and the OGC SensorThings test suite passes on it. The file is restored afterwards.
 * The database is emptied first, as for a new installation: what an earlier run left (the suite
 * deletes Datastreams and leaves their ObservedProperties) would change what the suite reads first.
 */
public class PostgresqlIT extends StadtkernTestSupport {

    private static final String URL = "jdbc:postgresql://localhost:5432/stadtkern";

    @Test
    public void postgresqlByConfigurationOnly() throws Exception {
        Path config = Paths.get(System.getProperty("karaf.etc"), "org.ops4j.datasource-stadtkern.cfg");
        String original = Files.readString(config);
        // an earlier run that stopped in the failure test below left the database closed
        onPostgresDatabase("alter database stadtkern allow_connections true");
        withPostgresql(connection -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists public cascade");
                statement.execute("create schema public");
            }
            return 0;
        });
        try {
            Files.writeString(config, original
                    .replace("osgi.jdbc.driver.class = org.h2.Driver", "osgi.jdbc.driver.class = org.postgresql.Driver")
                    .replaceAll("(?m)^url = .*$", "url = " + URL));
            await("runtime on PostgreSQL", 60, () -> get("/health").status() == 200 && "PostgreSQL".equals(
                    get("/health").json().path("database").path("product").asText()));

            awaitSettled("sensorthings.mqtt-create");
            long datastream = datastream(unique("it.postgresql"));
            publish(topic(datastream), "{\"result\": 15.5}");
            await("observation served from PostgreSQL", 30, () -> observations(datastream).size() == 1);
            assertEquals(1, rowsInPostgresql(datastream));
            aMeasureBooksOnPostgresql();
            IngestUnderFailure.run(new IngestUnderFailure.Failure() {
                @Override
                public void fail() throws Exception {
                    // the database refuses Stadtkern's connections, and its open ones are cut
                    onPostgresDatabase("alter database stadtkern allow_connections false",
                            "select pg_terminate_backend(pid) from pg_stat_activity where datname = 'stadtkern'");
                }

                @Override
                public void recover() throws Exception {
                    onPostgresDatabase("alter database stadtkern allow_connections true");
                }
            });
            await("health up on PostgreSQL again", 60, () -> get("/health").status() == 200);

            SensorThingsConformanceIT.seed();
            SensorThingsConformanceIT.assertConformant();
        } finally {
            Files.writeString(config, original);
            await("runtime back on H2", 60, () -> get("/health").status() == 200
                    && "H2".equals(get("/health").json().path("database").path("product").asText()));
        }
    }

    /** A measure's store on PostgreSQL: the remote work sites book a desk once, and refuse it a second time. */
    private static void aMeasureBooksOnPostgresql() {
        String site = RemoteworkIT.createSite(DEFAULT_USER);
        java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(1);
        Response booked = RemoteworkIT.book(RemoteworkIT.person("Paula Postgres"), site, "d1", tomorrow, "10:00",
                "11:00");
        assertEquals(booked.body(), 201, booked.status());
        assertEquals(409, RemoteworkIT.book(RemoteworkIT.person("Quentin Postgres"), site, "d1", tomorrow, "10:30",
                "11:30").status());
    }

    /** Counts the datastream's rows with a connection of our own, not through Stadtkern. */
    private int rowsInPostgresql(long datastream) throws Exception {
        return withPostgresql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "select count(*) from sta_observations where datastream_id = ?")) {
                query.setLong(1, datastream);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    private interface Work {
        int run(Connection connection) throws Exception;
    }

    /** Runs statements as user stadtkern on the server's database "postgres", beside Stadtkern's. */
    private void onPostgresDatabase(String... statements) throws Exception {
        withPostgresql(URL.replace("/stadtkern", "/postgres"), connection -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            return 0;
        });
    }

    /** Runs work on a connection of our own to the PostgreSQL database, not through Stadtkern. */
    private int withPostgresql(Work work) throws Exception {
        return withPostgresql(URL, work);
    }

    private int withPostgresql(String url, Work work) throws Exception {
        ServiceReference<DataSourceFactory> reference = bundleContext.getServiceReferences(DataSourceFactory.class,
                "(osgi.jdbc.driver.class=org.postgresql.Driver)").iterator().next();
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, url);
        properties.setProperty(DataSourceFactory.JDBC_USER, "stadtkern");
        properties.setProperty(DataSourceFactory.JDBC_PASSWORD, "stadtkern");
        DataSource dataSource = bundleContext.getService(reference).createDataSource(properties);
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } finally {
            bundleContext.ungetService(reference);
        }
    }
}
