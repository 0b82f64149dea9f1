package org.stadtkern.sensorthings.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.Query;
import org.stadtkern.sensorthings.internal.query.QueryException;
import org.stadtkern.sensorthings.internal.query.QueryParser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writing and querying entities in a real H2 database with the bundle's schema. Expected results
 * follow the standard's semantics; conditions SQL cannot express (JSON properties, geometry, date
 * parts) run in Java and must give the same answers.
 */
class EntityStoreTest {

    private static final String TENANT = "oberhausen";
    private Connection connection;
    private long datastream;

    @BeforeEach
    void createSchemaAndData() throws Exception {
        connection = TestSchema.create();
        long thing = create(EntityType.THING, """
                {"name": "Station Altmarkt", "description": "Town hall", "properties": {"owner": "Stadt", "floor": 3},
                 "Locations": [{"name": "Altmarkt", "description": "Roof", "encodingType": "application/geo+json",
                                "location": {"type": "Point", "coordinates": [6.85, 51.47]}}]}""");
        create(EntityType.THING, """
                {"name": "Station Sterkrade", "description": "School", "properties": {"owner": "Schule", "floor": 1},
                 "Locations": [{"name": "Sterkrade", "description": "Yard", "encodingType": "application/geo+json",
                                "location": {"type": "Point", "coordinates": [6.85, 51.51]}}]}""");
        datastream = create(EntityType.DATASTREAM, """
                {"name": "Temperature", "description": "Air", "observationType": "OM_Measurement",
                 "unitOfMeasurement": {"symbol": "Cel"}, "Thing": {"@iot.id": %d},
                 "Sensor": {"name": "PT100", "description": "d", "encodingType": "text/html", "metadata": "m"},
                 "ObservedProperty": {"name": "T", "definition": "http://example.org/T", "description": "d"}}
                """.formatted(thing));
        for (int i = 1; i <= 12; i++) {
            create(EntityType.OBSERVATION, """
                    {"phenomenonTime": "2026-03-%02dT10:00:00Z", "result": %d, "Datastream": {"@iot.id": %d}}
                    """.formatted(i, i, datastream));
        }
        create(EntityType.OBSERVATION, """
                {"phenomenonTime": "2026-04-01T00:00:00Z/2026-04-02T00:00:00Z", "result": "frost",
                 "Datastream": {"@iot.id": %d}}""".formatted(datastream));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private long create(EntityType type, String json) throws Exception {
        return new EntityWriter(connection, TENANT).create(type, Columns.MAPPER.readTree(json), null);
    }

    private List<Entity> list(EntityType type, String... options) throws Exception {
        return page(type, options).entities();
    }

    private Page page(EntityType type, String... options) throws Exception {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            parameters.put(options[i], options[i + 1]);
        }
        Query query = QueryParser.parse(parameters);
        return new EntityReader(connection, TENANT, 1000).list(type, null, query, 100);
    }

    private List<Object> results(String filter) throws Exception {
        return list(EntityType.OBSERVATION, "$filter", filter, "$orderby", "phenomenonTime").stream()
                .map(o -> (Object) Values.of((JsonNode) o.value("result"))).toList();
    }

    private static List<Object> numbers(int... values) {
        return java.util.Arrays.stream(values).mapToObj(v -> (Object) java.math.BigDecimal.valueOf(v)).toList();
    }

    @Test
    void comparisonsOnNumbersAndStrings() throws Exception {
        assertEquals(numbers(11, 12), results("result gt 10"));
        assertEquals(numbers(10, 11, 12), results("result ge 10"));
        assertEquals(numbers(1), results("result lt 2"));
        assertEquals(numbers(2), results("result eq 2"));
        assertEquals(11, results("result ne 2").size(), "a numeric comparison takes only numeric results");
        assertEquals(List.of("frost"), results("result eq 'frost'"));
        assertEquals(numbers(4, 5, 6, 7, 8, 9), results("result gt '3' and result lt 'a'"),
                "a number compared with a string compares as text");
    }

    @Test
    void arithmeticLogicAndMath() throws Exception {
        assertEquals(numbers(5), results("result add 1 eq 6"));
        assertEquals(numbers(6), results("result mul 2 eq 12 and not (result eq 7)"));
        assertEquals(numbers(1, 12), results("result eq 1 or result eq 12"));
        assertEquals(numbers(3, 6, 9, 12), results("result mod 3 eq 0"));
        assertEquals(numbers(5), results("result div 2 eq 2.5"));
        assertEquals(numbers(3), results("round(result div 2) eq 2 and floor(result div 2) eq 1"));
        assertEquals(numbers(1), results("ceiling(result div 2) eq 1 and result lt 2"));
    }

    @Test
    void timesInstantsAndIntervals() throws Exception {
        assertEquals(numbers(11, 12), results("phenomenonTime gt 2026-03-10T10:00:00Z and result lt 100"));
        assertEquals(List.of("frost"), results("phenomenonTime ge 2026-04-01T00:00:00Z"));
        assertEquals(List.of(), results("phenomenonTime gt 2026-04-01T12:00:00Z"),
                "an interval is greater only if it starts after the time");
        assertEquals(numbers(1, 2), results("phenomenonTime lt 2026-03-02T12:00:00+01:00"));
        assertEquals(numbers(3), results("day(phenomenonTime) eq 3 and month(phenomenonTime) eq 3"));
        assertEquals(13, results("year(phenomenonTime) eq 2026 and hour(phenomenonTime) le 10").size());
        assertEquals(numbers(12), results("phenomenonTime add duration'P20D' gt 2026-03-31T12:00:00Z "
                + "and result lt 100"));
    }

    @Test
    void remainingDateAndTimeFunctions() throws Exception {
        assertEquals(numbers(3), results("day(phenomenonTime) eq 3 and minute(phenomenonTime) eq 0 "
                + "and second(phenomenonTime) eq 0 and fractionalseconds(phenomenonTime) eq 0"));
        assertEquals(numbers(4), results("date(phenomenonTime) eq 2026-03-04T00:00:00Z"));
        assertEquals(12, results("time(phenomenonTime) eq '10:00' and totaloffsetminutes(phenomenonTime) eq 0")
                .size());
        assertEquals(13, results("phenomenonTime gt mindatetime() and phenomenonTime lt maxdatetime()").size());
        assertEquals(13, results("phenomenonTime lt now()").size());
    }

    @Test
    void remainingGeometryFunctions() throws Exception {
        String square = "geography'POLYGON((6.84 51.46, 6.86 51.46, 6.86 51.48, 6.84 51.48, 6.84 51.46))'";
        assertEquals(List.of("Altmarkt"), locations("st_contains(" + square + ", location)"));
        assertEquals(List.of("Altmarkt"), locations("st_touches(location, geography'LINESTRING(6.85 51.47, 7 52)')"));
        assertEquals(List.of(), locations("st_overlaps(location, " + square + ")"), "a point overlaps nothing");
        assertEquals(List.of(), locations("st_crosses(location, " + square + ")"), "a point crosses nothing");
        assertEquals(List.of("Altmarkt", "Sterkrade"), locations("geo.length(geography'LINESTRING(0 0, 3 4)') eq 5"));
    }

    @Test
    void stringFunctionsOnThings() throws Exception {
        assertEquals(List.of("Station Altmarkt"), names("startswith(name, 'Station A')"));
        assertEquals(List.of("Station Sterkrade"), names("endswith(name, 'rade')"));
        assertEquals(List.of("Station Sterkrade"), names("substringof('Sterk', name)"));
        assertEquals(List.of("Station Altmarkt"), names("contains(name, 'Alt')"));
        assertEquals(List.of("Station Altmarkt"), names("length(name) eq 16"));
        assertEquals(List.of("Station Altmarkt"), names("tolower(name) eq 'station altmarkt'"));
        assertEquals(List.of("Station Sterkrade"), names("toupper(description) eq 'SCHOOL'"));
        assertEquals(List.of("Station Altmarkt"), names("indexof(name, 'Alt') eq 8"));
        assertEquals(List.of("Station Sterkrade"), names("substring(name, 8) eq 'Sterkrade'"));
        assertEquals(List.of("Station Altmarkt"), names("substring(name, 8, 3) eq 'Alt'"));
        assertEquals(List.of("Station Altmarkt"), names("concat(name, '!') eq 'Station Altmarkt!'"));
        assertEquals(List.of("Station Altmarkt"), names("trim(concat(' ', name)) eq 'Station Altmarkt'"));
        assertEquals(List.of(), names("startswith(name, '%')"), "LIKE wildcards in the pattern are literal");
    }

    @Test
    void jsonPropertiesAndNavigation() throws Exception {
        assertEquals(List.of("Station Altmarkt"), names("properties/owner eq 'Stadt'"));
        assertEquals(List.of("Station Sterkrade"), names("properties/floor lt 2"));
        assertEquals(List.of("Station Altmarkt"), names("Datastreams/name eq 'Temperature'"));
        assertEquals(List.of("Station Sterkrade"), names("Locations/name eq 'Sterkrade'"));
        assertEquals(13, results("Datastream/Thing/name eq 'Station Altmarkt'").size());
        assertEquals(numbers(1), results("Datastream/Thing/properties/owner eq 'Stadt' and result eq 1"));
    }

    @Test
    void geospatialFunctions() throws Exception {
        assertEquals(List.of("Sterkrade"), locations("st_within(location, geography'POLYGON((6 51.5, 7 51.5, "
                + "7 52, 6 52, 6 51.5))')"));
        assertEquals(List.of("Altmarkt"), locations("geo.distance(location, geography'POINT(6.85 51.46)') lt 0.02"));
        assertEquals(List.of("Altmarkt", "Sterkrade"), locations("geo.intersects(location, "
                + "geography'LINESTRING(6.85 51, 6.85 52)')"));
        assertEquals(List.of("Altmarkt"), locations("st_equals(location, geography'POINT(6.85 51.47)')"));
        assertEquals(List.of("Sterkrade"), locations("st_disjoint(location, geography'POINT(6.85 51.47)')"));
        assertEquals(List.of("Altmarkt"), locations("st_relate(location, geography'POINT(6.85 51.47)', "
                + "'T********')"));
    }

    @Test
    void orderByTopSkipCountAndPaging() throws Exception {
        Page page = page(EntityType.OBSERVATION, "$orderby", "result desc", "$top", "2", "$skip", "1",
                "$count", "true", "$filter", "result lt 100");
        assertEquals(numbers(11, 10), page.entities().stream().map(o -> Values.of((JsonNode) o.value("result")))
                .toList());
        assertEquals(12L, page.count());
        assertTrue(page.more());
        Page javaOrdered = page(EntityType.THING, "$orderby", "properties/floor", "$count", "true");
        assertEquals("Station Sterkrade", javaOrdered.entities().get(0).value("name"));
        assertEquals(2L, javaOrdered.count());
    }

    @Test
    void automaticHistoricalLocationsAndFeatures() throws Exception {
        assertEquals(2, list(EntityType.HISTORICAL_LOCATION).size(), "one per Thing created with a Location");
        assertEquals(1, list(EntityType.FEATURE_OF_INTEREST).size(), "one feature, reused for 13 Observations");
    }

    @Test
    void batchedObservationsOfANamedFeatureOfInterest() throws Exception {
        long stop = create(EntityType.FEATURE_OF_INTEREST, """
                {"name": "Haltestelle Hauptbahnhof", "description": "Stop", "encodingType": "application/geo+json",
                 "feature": {"type": "Point", "coordinates": [6.85, 51.47]}}""");
        try (ObservationBatch batch = new ObservationBatch(connection, TENANT)) {
            assertEquals(stop, batch.add(datastream, ObservationBatch.values(Columns.MAPPER.readTree(
                    "{\"phenomenonTime\": \"2026-05-01T08:00:00Z\", \"result\": 4}")), stop));
            assertThrows(QueryException.class, () -> batch.add(datastream, ObservationBatch.values(
                    Columns.MAPPER.readTree("{\"result\": 5}")), 987_654L), "a FeatureOfInterest that is not there");
            assertThrows(QueryException.class, () -> batch.add(987_654L, ObservationBatch.values(
                    Columns.MAPPER.readTree("{\"result\": 6}")), stop), "a Datastream that is not there");
            assertEquals(1, batch.flush().size(), "the refused Observations are not in the batch");
        }
        assertEquals(List.of("2026-05-01T08:00Z"), list(EntityType.OBSERVATION, "$filter",
                "FeatureOfInterest/id eq " + stop).stream().map(o -> o.value("phenomenonTime").toString()).toList());
    }

    @Test
    void badFiltersAndBodiesAreRefusedAndChangeNothing() throws Exception {
        assertThrows(QueryException.class, () -> results("nosuchproperty eq 1"));
        assertThrows(QueryException.class, () -> results("Datastream eq 1"));
        assertThrows(QueryException.class, () -> results("st_within(location, geography'POLYGON((1 2')"));
        assertThrows(QueryException.class, () -> create(EntityType.THING, "{\"name\": \"x\"}"));
        assertThrows(QueryException.class, () -> create(EntityType.THING,
                "{\"name\": 1, \"description\": \"d\"}"));
        assertThrows(QueryException.class, () -> create(EntityType.THING,
                "{\"name\": \"x\", \"description\": \"d\", \"drop table\": 1}"));
        assertThrows(QueryException.class, () -> create(EntityType.LOCATION, """
                {"name": "x", "description": "d", "encodingType": "application/geo+json",
                 "location": {"type": "Point", "coordinates": ["a", 1]}}"""));
        assertThrows(QueryException.class, () -> create(EntityType.OBSERVATION,
                "{\"result\": 1, \"Datastream\": {\"@iot.id\": 999}}"));
        assertEquals(2, list(EntityType.THING).size());
        create(EntityType.THING,
                "{\"name\": \"Station Altmarkt'; drop table sta_things; --\", \"description\": \"d\"}");
        assertEquals(List.of("Station Altmarkt'; drop table sta_things; --"),
                names("name eq 'Station Altmarkt''; drop table sta_things; --'"));
    }

    @Test
    void bulkImportFromCsvAndJsonSkipsBadRowsOnly() throws Exception {
        StringBuilder csv = new StringBuilder("phenomenonTime,result\n");
        for (int i = 0; i < 2500; i++) {
            csv.append(java.time.Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * i)).append(',').append(i)
                    .append('\n');
        }
        csv.append("yesterday,1\n").append("2025-01-01T00:00:00Z\n");
        List<Long> progress = new java.util.ArrayList<>();
        ObservationImport.Result result = new ObservationImport(connection, TENANT)
                .csv(new java.io.StringReader(csv.toString()), datastream, progress::add);
        assertEquals(2500, result.imported());
        assertEquals(2, result.skipped());
        assertTrue(result.problems().get(0).startsWith("line 2502: "), result.problems().toString());
        assertEquals(List.of(1000L, 2000L, 2500L), progress);
        assertEquals(2513L, page(EntityType.OBSERVATION, "$count", "true", "$top", "0").count());
        Entity stream = new EntityReader(connection, TENANT, 10).find(EntityType.DATASTREAM, datastream).orElseThrow();
        assertEquals("2025-01-01T00:00Z", ((org.stadtkern.sensorthings.internal.query.TimeInterval)
                stream.value("phenomenonTime")).start().toString(), "the Datastream's time covers the import");

        String json = "[{\"phenomenonTime\": \"2024-06-01T00:00:00Z\", \"result\": {\"pm10\": 3}},"
                + " {\"result\": 7, \"nonsense\": 1}, {\"phenomenonTime\": 5, \"result\": 1}]";
        ObservationImport.Result fromJson = new ObservationImport(connection, TENANT).json(
                Columns.MAPPER.createParser(json), datastream, n -> { });
        assertEquals(2, fromJson.imported(), fromJson.problems().toString());
        assertEquals(1, fromJson.skipped());
        assertThrows(QueryException.class, () -> new ObservationImport(connection, TENANT)
                .csv(new java.io.StringReader(""), 999_999, n -> { }));
    }

    private List<Object> names(String filter) throws Exception {
        return list(EntityType.THING, "$filter", filter).stream().map(t -> t.value("name")).toList();
    }

    private List<Object> locations(String filter) throws Exception {
        return list(EntityType.LOCATION, "$filter", filter, "$orderby", "name").stream().map(t -> t.value("name"))
                .toList();
    }
}
