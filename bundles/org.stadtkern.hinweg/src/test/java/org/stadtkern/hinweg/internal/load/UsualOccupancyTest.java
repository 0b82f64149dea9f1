package org.stadtkern.hinweg.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The usual occupancy of a stop from whole counted trips, shown only where enough trips were counted. */
class UsualOccupancyTest {

    private static final Capacity BUS = new Capacity(40, 60, 1, 2);

    private static List<CountedEvent> trip(String vehicle, String day, int boardingsAtA, int alightingsAtB) {
        return List.of(
                new CountedEvent(new DoorEvent("d-" + vehicle, vehicle, "T-" + day + vehicle, "A",
                        Instant.parse(day + "T07:50:00Z"), boardingsAtA, 0), 1),
                new CountedEvent(new DoorEvent("d-" + vehicle, vehicle, "T-" + day + vehicle, "B",
                        Instant.parse(day + "T08:05:00Z"), 5, alightingsAtB), 2));
    }

    @Test
    void threeMondayTripsMakeASlotTwoTuesdayTripsDoNot() {
        List<CountedEvent> events = new ArrayList<>();
        events.addAll(trip("bus-1", "2026-11-16", 20, 5));
        events.addAll(trip("bus-2", "2026-11-23", 30, 5));
        events.addAll(trip("bus-3", "2026-11-30", 40, 5));
        events.addAll(trip("bus-4", "2026-11-24", 90, 0));
        events.addAll(trip("bus-5", "2026-11-17", 90, 0));

        List<UsualOccupancy.Passage> passages = UsualOccupancy.passages("B", events, trip -> 3, trip -> "R1",
                event -> Optional.of(BUS));
        assertEquals(List.of(20, 30, 40, 95, 95), passages.stream().sorted((a, b) -> a.at().compareTo(b.at()))
                .map(UsualOccupancy.Passage::load).sorted().toList(), "load leaving B: boarded at A, +5 -5 at B");

        List<UsualOccupancy.Slot> slots = UsualOccupancy.slots(passages, Occupancy.DEFAULTS, ZoneOffset.UTC);
        assertEquals(1, slots.size(), "the two Tuesday trips are too few to show");
        UsualOccupancy.Slot monday = slots.get(0);
        assertEquals(DayOfWeek.MONDAY, monday.weekday());
        assertEquals(8, monday.hour());
        assertEquals(3, monday.trips());
        assertEquals(Occupancy.Level.FEW_SEATS_AVAILABLE, monday.level(), "a mean of 30 passengers, 40 seats");
        assertEquals(30, monday.percentage());
    }

    @Test
    void tripsWithoutAKnownCapacityAreLeftOut() {
        List<CountedEvent> events = new ArrayList<>(trip("bus-1", "2026-11-16", 20, 5));
        assertEquals(List.of(), UsualOccupancy.passages("B", events, trip -> 3, trip -> "R1",
                event -> Optional.empty()));
    }
}
