package org.stadtkern.hinweg.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.retention.RetentionOutcome;
import org.stadtkern.core.api.retention.RetentionRule;

/**
 * Retention of door events in a real H2 database with the bundle's schema, on a fixed clock: with a
 * 90-day period on 2026-11-30, events before 2026-09-01 go, summed per trip, stop and hour.
 */
class RetainedDoorEventsTest {

    private static final Instant CUTOFF = Instant.parse("2026-11-30T00:00:00Z").minus(Duration.ofDays(90));
    private static final DatasetRef COUNTS = new DatasetRef("oberhausen", "passenger-counts");
    private Connection connection;

    @BeforeEach
    void schemaAndEvents() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:hinweg" + System.nanoTime());
        for (int version = 1; version <= 2; version++) {
            try (InputStream in = getClass().getResourceAsStream("/db/hinweg/V" + version + ".sql");
                    Statement statement = connection.createStatement()) {
                String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$", "");
                for (String sql : script.split(";\\s*\n")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
        }
        event("front", "2026-08-01T07:05:00Z", 1, 4, 0);
        event("rear", "2026-08-01T07:40:00Z", 1, 3, 1);
        event("front", "2026-08-01T07:55:00Z", 2, 0, 5);
        event("front", "2026-08-01T08:05:00Z", 1, 2, 0);
        event("front", "2026-09-02T07:05:00Z", 1, 9, 0);
        event("front", "2025-01-01T07:05:00Z", 1, 7, 0, "duisburg");
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void expiredEventsAreSummedPerTripStopAndHourThenDeleted() throws Exception {
        RetentionRule rule = new RetentionRule(COUNTS, CUTOFF, Duration.ofHours(1));

        assertEquals(new RetentionOutcome(4, 3), RetainedDoorEvents.apply(connection, rule, true), "dry run");
        assertEquals(5, rows("select count(*) from hinweg_door_events where tenant = 'oberhausen'").get(0));

        assertEquals(new RetentionOutcome(4, 3), RetainedDoorEvents.apply(connection, rule, false));
        assertEquals(List.of("1 07:00 7 1 2", "1 08:00 2 0 1", "2 07:00 0 5 1"), hourly());
        assertEquals(1, rows("select count(*) from hinweg_door_events where tenant = 'oberhausen'").get(0),
                "only the event inside the period is left");
        assertEquals(1, rows("select count(*) from hinweg_door_events where tenant = 'duisburg'").get(0),
                "another tenant's events are not touched");
    }

    @Test
    void deletingKeepsNoSums() throws Exception {
        assertEquals(new RetentionOutcome(4, 0), RetainedDoorEvents.apply(connection,
                new RetentionRule(COUNTS, CUTOFF, null), false));
        assertEquals(List.of(), hourly());
    }

    private void event(String sensor, String at, int sequence, int in, int out) throws Exception {
        event(sensor, at, sequence, in, out, "oberhausen");
    }

    private void event(String sensor, String at, int sequence, int in, int out, String tenant) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into hinweg_door_events values (?, ?, ?, 'bus-1', 'STBA', ?, ?, ?, ?)")) {
            insert.setString(1, tenant);
            insert.setString(2, sensor);
            insert.setObject(3, OffsetDateTime.parse(at));
            insert.setString(4, sequence == 1 ? "STAGECOACH" : "BEATTY_AIRPORT");
            insert.setInt(5, sequence);
            insert.setInt(6, in);
            insert.setInt(7, out);
            insert.executeUpdate();
        }
    }

    private List<String> hourly() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement select = connection.createStatement(); ResultSet row = select.executeQuery(
                "select stop_sequence, hour_start, boardings, alightings, events from hinweg_counts_hourly "
                        + "order by stop_sequence, hour_start")) {
            while (row.next()) {
                String hour = row.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)
                        .toLocalTime().toString();
                rows.add(row.getInt(1) + " " + hour + " " + row.getInt(3) + " " + row.getInt(4) + " " + row.getInt(5));
            }
        }
        return rows;
    }

    private List<Long> rows(String sql) throws Exception {
        List<Long> values = new ArrayList<>();
        try (Statement select = connection.createStatement(); ResultSet row = select.executeQuery(sql)) {
            while (row.next()) {
                values.add(row.getLong(1));
            }
        }
        return values;
    }
}
