package org.stadtkern.itests;

import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.Test;

/** The sta:* console commands as an operator uses them. */
public class SensorThingsConsoleIT extends StadtkernTestSupport {

    @Test
    public void listShowLatestAndImport() throws Exception {
        String name = "Console station " + UUID.randomUUID().toString().substring(0, 8);
        long thing = SensorThingsHttpIT.createStation(name);
        long datastream = SensorThingsHttpIT.firstId("/sta/v1.1/Things(" + thing + ")/Datastreams");

        String things = console("sta:things --filter \"name eq '" + name + "'\"");
        assertTrue(things, things.contains(name) && things.contains("1 Things"));
        String datastreams = console("sta:datastreams --filter \"Thing/@iot.id eq " + thing + "\"");
        assertTrue(datastreams, datastreams.contains("Air temperature") && datastreams.contains("Cel"));
        String latest = console("sta:latest " + datastream);
        assertTrue(latest, latest.contains("2026-11-22T07:00:00.000Z") && latest.contains("4.25"));

        Path csv = Files.createTempFile("observations", ".csv");
        StringBuilder lines = new StringBuilder("phenomenonTime,result\n");
        for (int i = 0; i < 12_000; i++) {
            lines.append(String.format("2026-11-23T%02d:%02d:%02dZ,%d%n", i / 3600, i / 60 % 60, i % 60, i));
        }
        lines.append("not a time,1\n");
        Files.writeString(csv, lines);
        String imported = console("sta:import --datastream " + datastream + " " + csv);
        assertTrue(imported, imported.contains("Imported 12000 Observations") && imported.contains("skipped 1"));
        assertTrue(imported, imported.contains("10000 imported"));
        String newest = console("sta:latest " + datastream);
        assertTrue(newest, newest.contains("2026-11-23T03:19:59.000Z") && newest.contains("11999"));

        String unknown = consoleFailure("sta:latest 'no such datastream'");
        assertTrue(unknown, unknown.contains("No Datastream"));
    }
}
