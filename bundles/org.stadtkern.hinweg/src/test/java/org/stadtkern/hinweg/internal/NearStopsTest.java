package org.stadtkern.hinweg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Distances as the crow flies, in metres, between places of Oberhausen. */
class NearStopsTest {

    @Test
    void distancesAreGreatCircleMetres() {
        // Hauptbahnhof to Altmarkt: 0.0047 degrees of latitude and 0.0005 of longitude apart
        assertEquals(524, NearStops.meters(51.4747, 6.8517, 51.4700, 6.8522), 3);
        // Hauptbahnhof to Sterkrade Bahnhof: 4,681 m north and 305 m west
        assertEquals(4_691, NearStops.meters(51.4747, 6.8517, 51.5168, 6.8468), 5);
        assertEquals(0, NearStops.meters(51.4747, 6.8517, 51.4747, 6.8517));
    }
}
