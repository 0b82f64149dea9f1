package org.stadtkern.hinweg.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Load bookkeeping of one trip with five stops (stop_sequence 1 to 5), worked out by hand: load after a
 * stop = load before - alightings + boardings, never negative, everyone off at the last stop.
 */
class TripLoadTest {

    private static List<Integer> loads(TripLoad trip) {
        return trip.loads().stream().map(TripLoad.StopLoad::load).toList();
    }

    @Test
    void loadFollowsBoardingsAndAlightingsStopByStop() {
        TripLoad trip = new TripLoad(5);
        trip.add("e1", 1, "A", 12, 0);
        trip.add("e2", 2, "B", 5, 3);
        trip.add("e3", 3, "C", 0, 7);
        assertEquals(List.of(12, 14, 7), loads(trip));
        assertEquals(7, trip.load());
        assertFalse(trip.ended());
    }

    @Test
    void severalDoorsAtOneStopAreSummed() {
        TripLoad trip = new TripLoad(5);
        trip.add("front", 1, "A", 8, 0);
        trip.add("rear", 1, "A", 4, 0);
        trip.add("front-2", 2, "B", 1, 2);
        trip.add("rear-2", 2, "B", 0, 3);
        assertEquals(List.of(12, 8), loads(trip));
    }

    @Test
    void moreAlightingsThanLoadNeverGoNegative() {
        TripLoad trip = new TripLoad(5);
        trip.add("e1", 1, "A", 3, 0);
        trip.add("e2", 2, "B", 2, 6);
        TripLoad.StopLoad b = trip.loads().get(1);
        assertEquals(2, b.load(), "the three counted left, three uncounted too, two boarded");
        assertEquals(3, b.correction(), "three passengers were missed when boarding");
    }

    @Test
    void aMissedStopCarriesTheLoadOver() {
        TripLoad trip = new TripLoad(5);
        trip.add("e1", 1, "A", 10, 0);
        trip.add("e3", 3, "C", 2, 4);
        assertEquals(List.of(10, 8), loads(trip));
        assertEquals(List.of(1, 3), trip.loads().stream().map(TripLoad.StopLoad::stopSequence).toList());
    }

    @Test
    void outOfOrderEventsAreBookedInStopOrder() {
        TripLoad trip = new TripLoad(5);
        trip.add("e3", 3, "C", 0, 4);
        assertEquals(List.of(0), loads(trip), "alone, stop 3 looks like four uncounted passengers left");
        trip.add("e1", 1, "A", 10, 0);
        trip.add("e2", 2, "B", 3, 1);
        assertEquals(List.of(10, 12, 8), loads(trip), "with the earlier stops the counts add up");
        assertTrue(trip.loads().stream().allMatch(stop -> stop.correction() == 0));
    }

    @Test
    void aDuplicateEventIsCountedOnce() {
        TripLoad trip = new TripLoad(5);
        assertTrue(trip.add("e1", 1, "A", 10, 0));
        assertFalse(trip.add("e1", 1, "A", 10, 0), "redelivered");
        assertEquals(List.of(10), loads(trip));
    }

    @Test
    void driftIsCorrectedAtTheLastStop() {
        TripLoad trip = new TripLoad(5);
        trip.add("e1", 1, "A", 20, 0);
        trip.add("e4", 4, "D", 0, 12);
        trip.add("e5", 5, "E", 0, 5);
        TripLoad.StopLoad last = trip.loads().get(2);
        assertEquals(0, last.load());
        assertEquals(-3, last.correction(), "three passengers were counted in but never out");
        assertTrue(trip.ended());
        assertEquals(0, trip.load());
    }

    @Test
    void impossibleEventsAreRefused() {
        TripLoad trip = new TripLoad(5);
        assertThrows(IllegalArgumentException.class, () -> trip.add("n", 1, "A", -1, 0));
        assertThrows(IllegalArgumentException.class, () -> trip.add("n", 1, "A", 0, -2));
        assertThrows(IllegalArgumentException.class, () -> trip.add("n", 6, "F", 1, 0));
        assertTrue(trip.add("n", 1, "A", 1, 0), "a refused event leaves its id unused");
    }
}
