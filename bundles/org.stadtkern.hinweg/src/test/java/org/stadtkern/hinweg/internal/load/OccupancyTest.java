package org.stadtkern.hinweg.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Occupancy levels and the published percentage of a bus with 40 seats and 60 standing places. */
class OccupancyTest {

    private static final Capacity BUS = new Capacity(40, 60, 1, 2);
    private static final Occupancy DEFAULTS = Occupancy.DEFAULTS;

    @Test
    void levelsFollowTheDefaultThresholds() {
        assertEquals(Occupancy.Level.EMPTY, DEFAULTS.level(0, BUS));
        assertEquals(Occupancy.Level.MANY_SEATS_AVAILABLE, DEFAULTS.level(1, BUS));
        assertEquals(Occupancy.Level.MANY_SEATS_AVAILABLE, DEFAULTS.level(28, BUS), "70 % of 40 seats");
        assertEquals(Occupancy.Level.FEW_SEATS_AVAILABLE, DEFAULTS.level(29, BUS));
        assertEquals(Occupancy.Level.FEW_SEATS_AVAILABLE, DEFAULTS.level(40, BUS));
        assertEquals(Occupancy.Level.STANDING_ROOM_ONLY, DEFAULTS.level(41, BUS));
        assertEquals(Occupancy.Level.STANDING_ROOM_ONLY, DEFAULTS.level(82, BUS), "40 seats + 70 % of 60");
        assertEquals(Occupancy.Level.CRUSHED_STANDING_ROOM_ONLY, DEFAULTS.level(83, BUS));
        assertEquals(Occupancy.Level.CRUSHED_STANDING_ROOM_ONLY, DEFAULTS.level(99, BUS));
        assertEquals(Occupancy.Level.FULL, DEFAULTS.level(100, BUS));
        assertEquals(Occupancy.Level.FULL, DEFAULTS.level(130, BUS));
    }

    @Test
    void thresholdsAreConfigurable() {
        Occupancy strict = new Occupancy(0.5, 0.9, 0.5, 10);
        assertEquals(Occupancy.Level.FEW_SEATS_AVAILABLE, strict.level(21, BUS));
        assertEquals(Occupancy.Level.STANDING_ROOM_ONLY, strict.level(37, BUS));
        assertThrows(IllegalArgumentException.class, () -> new Occupancy(0.8, 0.5, 0.7, 10));
        assertThrows(IllegalArgumentException.class, () -> new Occupancy(0.7, 1.0, 0.7, 0));
    }

    @Test
    void thePublishedPercentageIsCoarse() {
        assertEquals(0, DEFAULTS.percentage(0, BUS));
        assertEquals(0, DEFAULTS.percentage(4, BUS), "4 % rounds to 0: one passenger more or less does not show");
        assertEquals(10, DEFAULTS.percentage(5, BUS));
        assertEquals(10, DEFAULTS.percentage(14, BUS));
        assertEquals(50, DEFAULTS.percentage(47, BUS));
        assertEquals(100, DEFAULTS.percentage(100, BUS));
        assertEquals(130, DEFAULTS.percentage(128, BUS), "overfull shows as such");
    }

    @Test
    void aStandingOnlyVehicleHasNoSeatLevels() {
        Capacity tram = new Capacity(0, 50, 0, 0);
        assertEquals(Occupancy.Level.STANDING_ROOM_ONLY, DEFAULTS.level(1, tram));
        assertEquals(Occupancy.Level.CRUSHED_STANDING_ROOM_ONLY, DEFAULTS.level(36, tram));
        assertThrows(IllegalArgumentException.class, () -> new Capacity(0, 0, 0, 0));
    }
}
