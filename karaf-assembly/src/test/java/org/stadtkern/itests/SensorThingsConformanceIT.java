package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;

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

    /** Creates one entity of every type, as level 1 of the suite reads existing data. */
    static void seed() {
        Response created = http("POST", "/sta/v1.1/Things", "application/json",
                WEATHER_STATION.getBytes(StandardCharsets.UTF_8));
        assertEquals(created.body(), 201, created.status());
    }

    @Test
    public void ogcTestSuitePassesOnH2() throws Exception {
        seed();
        OgcTestSuite.assertConformant(OgcTestSuite.run(BASE + "/sta/v1.0"));
    }
}
