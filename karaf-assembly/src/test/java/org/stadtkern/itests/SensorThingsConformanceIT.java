package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.Test;

/**
 * The OGC executable test suite for SensorThings passes against the booted distribution at all
 * three conformance levels, on the embedded H2 database (PostgresqlIT runs it on PostgreSQL).
 */
public class SensorThingsConformanceIT extends StadtkernTestSupport {

    /** A Thing with a Location, a Datastream, its Sensor and ObservedProperty, and two Observations. */
    static final String WEATHER_STATION = """
            {"name": "Weather station Altmarkt", "description": "Roof of the town hall",
             "properties": {"owner": "Stadt Oberhausen"},
             "Locations": [{"name": "Altmarkt", "description": "Town hall roof", "encodingType": "application/geo+json",
                            "location": {"type": "Point", "coordinates": [6.8514, 51.4696]}}],
             "Datastreams": [{"name": "Air temperature", "description": "2 m above the roof",
               "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
               "unitOfMeasurement": {"name": "degree Celsius", "symbol": "Cel",
                                     "definition": "http://unitsofmeasure.org/ucum.html#para-30"},
               "Sensor": {"name": "PT100", "description": "Platinum resistance thermometer",
                          "encodingType": "text/html", "metadata": "https://example.org/pt100"},
               "ObservedProperty": {"name": "Air temperature", "description": "Temperature of the air",
                          "definition": "http://vocab.nerc.ac.uk/collection/P07/current/CFSN0023/"},
               "Observations": [{"phenomenonTime": "2026-11-22T06:00:00Z", "result": 3.5},
                                {"phenomenonTime": "2026-11-22T07:00:00Z", "result": 4.25}]}]}
            """;

    /**
     * The seeded Thing, in no dataset: visible to anonymous callers once data without a dataset is
     * open (data of internal datasets, such as Hin &amp; Weg's counting sensors, stays hidden).
     */
    private static final String SEEDED_THING =
            "/sta/v1.1/Things?$filter=name%20eq%20%27Weather%20station%20Altmarkt%27";

    /** Creates one entity of every type, as level 1 of the suite reads existing data. */
    static void seed() {
        Response created = http("POST", "/sta/v1.1/Things", "application/json",
                WEATHER_STATION.getBytes(StandardCharsets.UTF_8));
        assertEquals(created.body(), 201, created.status());
    }

    @Test
    public void ogcTestSuitePassesOnH2() throws Exception {
        seed();
        assertConformant();
    }

    /**
     * Runs the OGC suite. It reads and writes without logging in, so for its run the operator allows
     * anonymous writes (org.stadtkern.sensorthings) and makes data without a dataset open
     * (org.stadtkern.sovereignty), as a test installation would; both files are restored after. The
     * demo city's routes pause meanwhile: the suite expects nobody else to create entities.
     */
    static void assertConformant() throws Exception {
        Path sensorThings = Paths.get(System.getProperty("karaf.etc"), "org.stadtkern.sensorthings.cfg");
        Path sovereignty = Paths.get(System.getProperty("karaf.etc"), "org.stadtkern.sovereignty.cfg");
        String sensorThingsBefore = Files.readString(sensorThings);
        String sovereigntyBefore = Files.readString(sovereignty);
        try {
            Files.writeString(sensorThings, sensorThingsBefore + "\nanonymous.writes = true\n");
            Files.writeString(sovereignty, sovereigntyBefore.replace("unassigned.classification = internal",
                    "unassigned.classification = open"));
            await("anonymous access for the suite", 60, () -> http("POST", "/sta/v1.1/Things", "application/json",
                    "{}".getBytes(StandardCharsets.UTF_8), null).status() == 400
                    && count(SEEDED_THING, null) > 0);
            // the suite counts entities after deleting everything: the demo city must not create any meanwhile
            routes("demo.", "stop");
            OgcTestSuite.assertConformant(OgcTestSuite.run(BASE + "/sta/v1.0"));
        } finally {
            routes("demo.", "start");
            Files.writeString(sensorThings, sensorThingsBefore);
            Files.writeString(sovereignty, sovereigntyBefore);
            await("anonymous access withdrawn", 60, () -> http("POST", "/sta/v1.1/Things", "application/json",
                    "{}".getBytes(StandardCharsets.UTF_8), null).status() == 401);
            // and data without a dataset internal again: the tests after this one count on it
            seed();
            await("data without a dataset internal again", 60, () -> count(SEEDED_THING, null) == 0);
        }
    }

    private static long count(String path, String user) {
        Response response = http("GET", path + (path.contains("?") ? "&" : "?") + "$count=true&$top=0", null, null,
                user);
        return response.status() == 200 ? response.json().path("@iot.count").asLong() : -1;
    }
}
