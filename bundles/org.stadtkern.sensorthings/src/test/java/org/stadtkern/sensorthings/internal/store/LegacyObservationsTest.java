package org.stadtkern.sensorthings.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.QueryParser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The upgrade from release 0.1 on a real H2 database: the old platform's table, created by its own
 * script (test resource legacy/platform-V1.sql) and filled as its ingestion did, is moved into
 * SensorThings at the next start.
 */
class LegacyObservationsTest {

    private Connection connection;

    @BeforeEach
    void oldRelease() throws Exception {
        connection = TestSchema.create();
        try (InputStream in = LegacyObservationsTest.class.getResourceAsStream("/legacy/platform-V1.sql");
                Statement statement = connection.createStatement()) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$", "");
            for (String sql : script.split(";\\s*\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        row("oberhausen", "oberhausen.altmarkt.air-temperature", "2026-11-22T05:15:21+01:00", 4.2,
                "{\"station\":\"Altmarkt\",\"unit\":\"Cel\",\"latitude\":51.47,\"longitude\":6.8522}");
        row("oberhausen", "oberhausen.altmarkt.air-temperature", "2026-11-22T05:15:31+01:00", 4.3,
                "{\"station\":\"Altmarkt\",\"unit\":\"Cel\",\"latitude\":51.47,\"longitude\":6.8522}");
        row("oberhausen", "soil.soil-07.moisture", "2026-11-22T08:00:00Z", 31.2, null);
        row("duisburg", "duisburg.noise", "2026-11-22T08:00:00Z", 55.0, "{\"unit\":\"dB\"}");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void everyOldObservationBecomesAnObservationOfItsTenant() throws Exception {
        assertEquals(4, LegacyObservations.migrate(connection));

        long temperature = datastream("oberhausen", "oberhausen.altmarkt.air-temperature");
        List<Entity> readings = observations("oberhausen", temperature);
        assertEquals(List.of(4.2, 4.3), readings.stream().map(o -> ((JsonNode) o.value("result")).asDouble())
                .toList());
        assertEquals("Altmarkt", ((JsonNode) readings.get(0).value("parameters")).get("station").asText());
        assertEquals(1, observations("oberhausen", datastream("oberhausen", "soil.soil-07.moisture")).size());
        assertEquals(1, observations("duisburg", datastream("duisburg", "duisburg.noise")).size());
        assertEquals(-1, datastreamOrMissing("oberhausen", "duisburg.noise"), "tenants stay apart");
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "OBSERVATIONS", null)) {
            assertFalse(tables.next(), "the old table is gone");
        }
    }

    @Test
    void aSecondStartFindsNothingToMove() throws Exception {
        LegacyObservations.migrate(connection);
        assertEquals(0, LegacyObservations.migrate(connection));
        assertEquals(2, observations("oberhausen", datastream("oberhausen",
                "oberhausen.altmarkt.air-temperature")).size());
    }

    @Test
    void aLongDatastreamIsMovedInBatchesWithNothingLeftOut() throws Exception {
        for (int i = 0; i < 2500; i++) {
            row("oberhausen", "long.series", java.time.OffsetDateTime.parse("2026-11-01T00:00:00Z").plusMinutes(i)
                    .toString(), i, null);
        }
        assertEquals(2504, LegacyObservations.migrate(connection));
        long series = datastream("oberhausen", "long.series");
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*), min(result_number), max(result_number) from sta_observations "
                + "where datastream_id = ?")) {
            count.setLong(1, series);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertEquals(2500, rows.getLong(1));
                assertEquals(0.0, rows.getDouble(2), 0.0);
                assertEquals(2499.0, rows.getDouble(3), 0.0);
            }
        }
    }

    private void row(String tenant, String datastream, String time, double result, String parameters)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into observations (tenant, datastream, "
                + "phenomenon_time, result_number, parameters, received_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, tenant);
            insert.setString(2, datastream);
            insert.setObject(3, java.time.OffsetDateTime.parse(time));
            insert.setDouble(4, result);
            insert.setString(5, parameters);
            insert.setObject(6, java.time.OffsetDateTime.parse(time).plusSeconds(1));
            insert.executeUpdate();
        }
    }

    private long datastream(String tenant, String name) throws Exception {
        long id = datastreamOrMissing(tenant, name);
        assertFalse(id < 0, "Datastream " + name + " of " + tenant);
        return id;
    }

    private long datastreamOrMissing(String tenant, String name) throws Exception {
        var page = new EntityReader(connection, tenant, 1000).list(EntityType.DATASTREAM, null,
                QueryParser.parse(Map.of("$filter", "name eq '" + name + "'")), 10);
        return page.entities().isEmpty() ? -1 : page.entities().get(0).id();
    }

    private List<Entity> observations(String tenant, long datastream) throws Exception {
        var page = new EntityReader(connection, tenant, 1000).list(EntityType.OBSERVATION,
                new Scope(EntityType.DATASTREAM.navigation("Observations").orElseThrow(), datastream),
                QueryParser.parse(Map.of("$orderby", "phenomenonTime")), 100);
        return new ArrayList<>(page.entities());
    }
}
