package org.stadtkern.sensorthings.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.retention.RetentionOutcome;
import org.stadtkern.core.api.retention.RetentionRule;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.QueryParser;
import org.stadtkern.sensorthings.internal.query.TimeInterval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Retention of a dataset's Observations in a real H2 database with the bundle's schema, on a clock
 * the test sets: the rule is computed from "now" = 2026-06-01T00:00Z and a 30-day period, so
 * Observations before 2026-05-02T00:00Z are expired.
 */
class ObservationRetentionTest {

    private static final String TENANT = "oberhausen";
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant CUTOFF = NOW.minus(Period.ofDays(30));
    private static final DatasetRef COUNTS = new DatasetRef(TENANT, "passenger-counts");

    private Connection connection;
    private long counts;
    private long other;

    @BeforeEach
    void createData() throws Exception {
        connection = TestSchema.create();
        long thing = create(EntityType.THING, """
                {"name": "Stop Hauptbahnhof", "description": "Bay 3",
                 "Locations": [{"name": "Bay 3", "description": "d", "encodingType": "application/geo+json",
                                "location": {"type": "Point", "coordinates": [6.85, 51.47]}}]}""");
        counts = datastream(thing, "passenger-counts");
        other = datastream(thing, "environment");
        // expired: two hours on 2026-05-01 (10:00-10:59 three readings, 11:00-11:59 one), one text result
        observation(counts, "2026-05-01T10:05:00Z", "4");
        observation(counts, "2026-05-01T10:35:00Z", "8");
        observation(counts, "2026-05-01T10:55:00Z", "6");
        observation(counts, "2026-05-01T11:10:00Z", "3");
        observation(counts, "2026-05-01T12:00:00Z", "\"door jammed\"");
        // an interval that ends after the cutoff is not expired yet
        observation(counts, "2026-05-01T23:00:00Z/2026-05-02T01:00:00Z", "9");
        // inside the period
        observation(counts, "2026-05-02T00:00:00Z", "5");
        observation(counts, "2026-05-31T08:00:00Z", "7");
        // another dataset's old Observation is not touched
        observation(other, "2020-01-01T00:00:00Z", "12.5");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void deletesExpiredObservationsOfTheDatasetOnly() throws Exception {
        RetentionOutcome outcome = new ObservationRetention(connection).apply(new RetentionRule(COUNTS, CUTOFF,
                null), false);

        assertEquals(new RetentionOutcome(5, 0), outcome);
        assertEquals(List.of("2026-05-01T23:00Z/2026-05-02T01:00Z", "2026-05-02T00:00Z", "2026-05-31T08:00Z"),
                times(counts));
        assertEquals(List.of("2020-01-01T00:00Z"), times(other));
        TimeInterval time = (TimeInterval) new EntityReader(connection, TENANT, 10).find(EntityType.DATASTREAM, counts)
                .orElseThrow().value("phenomenonTime");
        assertEquals("2026-05-01T23:00Z", time.start().toString(), "the Datastream's time starts at what is left");
        assertEquals("2026-05-31T08:00Z", time.end().toString());
    }

    @Test
    void aggregatesPerHourThenDeletesTheRawObservations() throws Exception {
        RetentionRule rule = new RetentionRule(COUNTS, CUTOFF, Duration.ofHours(1));

        RetentionOutcome outcome = new ObservationRetention(connection).apply(rule, false);

        assertEquals(new RetentionOutcome(5, 2), outcome);
        assertEquals(List.of("2026-05-01T10:00Z/2026-05-01T11:00Z", "2026-05-01T11:00Z/2026-05-01T12:00Z",
                "2026-05-01T23:00Z/2026-05-02T01:00Z", "2026-05-02T00:00Z", "2026-05-31T08:00Z"), times(counts));
        Entity tenToEleven = new EntityReader(connection, TENANT, 10).list(EntityType.OBSERVATION, null,
                QueryParser.parse(Map.of("$filter", "Datastream/id eq " + counts, "$orderby", "phenomenonTime")), 100)
                .entities().get(0);
        assertEquals(6.0, ((JsonNode) tenToEleven.value("result")).asDouble(), 1e-9, "the mean");
        JsonNode aggregate = ((JsonNode) tenToEleven.value("parameters")).path("aggregate");
        assertEquals("PT1H", aggregate.path("resolution").asText());
        assertEquals(3, aggregate.path("count").asLong());
        assertEquals(4.0, aggregate.path("min").asDouble(), 1e-9);
        assertEquals(8.0, aggregate.path("max").asDouble(), 1e-9);
        assertEquals(18.0, aggregate.path("sum").asDouble(), 1e-9);

        // a second run changes nothing: aggregates are kept as they are
        assertEquals(RetentionOutcome.NOTHING, new ObservationRetention(connection).apply(rule, false));
        assertEquals(5, times(counts).size());
    }

    @Test
    void aggregatesOnlyWholeIntervals() throws Exception {
        // a cutoff at 10:30 would split the hour 10:00-11:00: nothing of that hour is touched yet
        RetentionRule rule = new RetentionRule(COUNTS, Instant.parse("2026-05-01T10:30:00Z"), Duration.ofHours(1));

        assertEquals(RetentionOutcome.NOTHING, new ObservationRetention(connection).apply(rule, false));
        assertEquals(8, times(counts).size());
    }

    @Test
    void aDryRunCountsAndChangesNothing() throws Exception {
        RetentionOutcome outcome = new ObservationRetention(connection).apply(new RetentionRule(COUNTS, CUTOFF,
                Duration.ofHours(1)), true);

        assertEquals(new RetentionOutcome(5, 2), outcome);
        assertEquals(8, times(counts).size());
    }

    @Test
    void aCrashBetweenAggregatingAndDeletingLeavesNoHalfState() throws Exception {
        Connection failingOnDelete = failing(connection, "delete ");
        RetentionRule rule = new RetentionRule(COUNTS, CUTOFF, Duration.ofHours(1));

        assertThrows(SQLException.class, () -> new ObservationRetention(failingOnDelete).apply(rule, false));

        assertEquals(List.of("2026-05-01T10:05Z", "2026-05-01T10:35Z", "2026-05-01T10:55Z", "2026-05-01T11:10Z",
                "2026-05-01T12:00Z", "2026-05-01T23:00Z/2026-05-02T01:00Z", "2026-05-02T00:00Z", "2026-05-31T08:00Z"),
                times(counts), "no aggregate written, no raw Observation lost");
        assertEquals(new RetentionOutcome(5, 2), new ObservationRetention(connection).apply(rule, false),
                "the next run does the whole work");
    }

    /** A connection whose statements starting with {@code prefix} fail, as if the process died there. */
    private static Connection failing(Connection connection, String prefix) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("prepareStatement") && ((String) arguments[0]).startsWith(prefix)) {
                        throw new SQLException("simulated crash");
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private long datastream(long thing, String dataset) throws Exception {
        return create(EntityType.DATASTREAM, """
                {"name": "Boardings %s", "description": "d", "observationType": "OM_CountObservation",
                 "unitOfMeasurement": {"symbol": "{passengers}"}, "properties": {"dataset": "%s"},
                 "Thing": {"@iot.id": %d},
                 "Sensor": {"name": "Door counter", "description": "d", "encodingType": "text/html", "metadata": "m"},
                 "ObservedProperty": {"name": "Boardings", "definition": "http://example.org/b", "description": "d"}}
                """.formatted(dataset, dataset, thing));
    }

    private void observation(long datastream, String time, String result) throws Exception {
        create(EntityType.OBSERVATION, """
                {"phenomenonTime": "%s", "result": %s, "Datastream": {"@iot.id": %d}}""".formatted(time, result,
                datastream));
    }

    private long create(EntityType type, String json) throws Exception {
        return new EntityWriter(connection, TENANT).create(type, Columns.MAPPER.readTree(json), null);
    }

    /** The Datastream's Observations' phenomenonTimes, oldest first, as the database holds them. */
    private List<String> times(long datastream) throws SQLException {
        List<String> times = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select phenomenon_time_start, "
                + "phenomenon_time_end from sta_observations where datastream_id = ? order by phenomenon_time_start")) {
            select.setLong(1, datastream);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String start = row.getObject(1, java.time.OffsetDateTime.class).toString();
                    java.time.OffsetDateTime end = row.getObject(2, java.time.OffsetDateTime.class);
                    times.add(end == null ? start : start + "/" + end);
                }
            }
        }
        return times;
    }
}
