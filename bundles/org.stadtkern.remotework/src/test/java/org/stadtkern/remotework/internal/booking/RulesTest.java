package org.stadtkern.remotework.internal.booking;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stadtkern.remotework.internal.site.OpeningHours;
import org.stadtkern.remotework.internal.site.Space;

/** Each policy of a site refuses with a sentence a booker understands. */
class RulesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Monday, 08:00 in Oberhausen. */
    private static final Instant NOW = LocalDateTime.of(2026, 12, 7, 8, 0).atZone(BERLIN).toInstant();
    private static final Space DESK = new Space("Schreibtisch 1", "desk", 1, "bookable", false, false, List.of(),
            null);
    private static final Space ROOM = new Space("Raum", "room", 6, "bookable", true, false, List.of(), null);
    private static final Space DROP_IN = new Space("Tisch 4", "desk", 1, "drop-in", false, false, List.of(), null);

    private final Rules rules = new Rules(240, 2, 7, 15, OpeningHours.of(Map.of("mo", "08:00-18:00",
            "tu", "08:00-18:00", "we", "08:00-18:00", "th", "08:00-18:00", "fr", "08:00-16:00"),
            List.of(LocalDate.of(2026, 12, 9))), BERLIN);

    private static Interval at(int day, String from, String to) {
        LocalDate date = LocalDate.of(2026, 12, day);
        return new Interval(date.atTime(java.time.LocalTime.parse(from)).atZone(BERLIN).toInstant(),
                date.atTime(java.time.LocalTime.parse(to)).atZone(BERLIN).toInstant());
    }

    private String refusal(Space space, Interval interval, int persons) {
        return assertThrows(IllegalArgumentException.class, () -> rules.check(space, interval, persons, NOW))
                .getMessage();
    }

    @Test
    void aBookingWithinThePolicyIsTaken() {
        assertDoesNotThrow(() -> rules.check(DESK, at(8, "09:00", "13:00"), 1, NOW));
        assertDoesNotThrow(() -> rules.check(ROOM, at(7, "08:00", "09:00"), 6, NOW));
    }

    @Test
    void eachViolationIsNamed() {
        assertEquals("Bookings start and end on the quarter hour (:00, :15, :30, :45).",
                refusal(DESK, at(8, "09:10", "10:00"), 1));
        assertEquals("The time has passed.", refusal(DESK, new Interval(NOW.minusSeconds(3600), NOW), 1));
        assertEquals("The time has passed.", refusal(DESK, new Interval(NOW.minusSeconds(1800),
                NOW.plusSeconds(3600)), 1));
        assertEquals("Bookings can be made at most 7 days ahead.", refusal(DESK, at(15, "09:00", "10:00"), 1));
        assertEquals("A booking may last at most 4 hours.", refusal(DESK, at(8, "09:00", "13:15"), 1));
        assertEquals("The site is not open through 2026-12-08 17:00-19:00 (open 08:00-18:00).",
                refusal(DESK, at(8, "17:00", "19:00"), 1));
        assertEquals("The site is not open through 2026-12-09 09:00-10:00 (closed that day).",
                refusal(DESK, at(9, "09:00", "10:00"), 1));
        assertEquals("The site is not open through 2026-12-12 09:00-10:00 (closed that day).",
                refusal(DESK, at(12, "09:00", "10:00"), 1));
        assertEquals("'Tisch 4' is for drop-in only and cannot be booked.",
                refusal(DROP_IN, at(8, "09:00", "10:00"), 1));
        assertEquals("'Raum' takes 1 to 6 people.", refusal(ROOM, at(8, "09:00", "10:00"), 7));
        assertEquals("'Schreibtisch 1' takes 1 to 1 person.", refusal(DESK, at(8, "09:00", "10:00"), 2));
        assertEquals("The end must be after the start.", refusal(DESK, at(8, "10:00", "09:00"), 1));
        assertEquals("At most 2 upcoming bookings per person at this site; you have 2.",
                assertThrows(IllegalArgumentException.class, () -> rules.checkUpcoming(2, 1)).getMessage());
    }

    @Test
    void recurringBookingsRepeatOnWorkingDaysOrWeekly() {
        Interval first = at(10, "09:00", "11:00");
        List<Interval> daily = rules.intervals(new BookingRequest("s", "d", first.start(), first.end(), 1,
                new BookingRequest.Repeat("day", 4)));
        assertEquals(List.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
                daily.stream().map(i -> i.start().atZone(BERLIN).getDayOfWeek()).toList());
        List<Interval> weekly = rules.intervals(new BookingRequest("s", "d", first.start(), first.end(), 1,
                new BookingRequest.Repeat("week", 3)));
        assertEquals(at(24, "09:00", "11:00"), weekly.get(2));
        assertThrows(IllegalArgumentException.class, () -> rules.intervals(new BookingRequest("s", "d",
                first.start(), first.end(), 1, new BookingRequest.Repeat("week", 13))));
        assertThrows(IllegalArgumentException.class, () -> rules.intervals(new BookingRequest("s", "d",
                first.start(), first.end(), 1, new BookingRequest.Repeat("hour", 3))));
    }

    @Test
    void aDaylightSavingChangeKeepsTheLocalTime() {
        Rules open = new Rules(600, 20, 400, 15, OpeningHours.of(Map.of("su", "08:00-18:00"), List.of()), BERLIN);
        Interval before = new Interval(LocalDateTime.of(2027, 3, 21, 9, 0).atZone(BERLIN).toInstant(),
                LocalDateTime.of(2027, 3, 21, 10, 0).atZone(BERLIN).toInstant());
        List<Interval> weekly = open.intervals(new BookingRequest("s", "d", before.start(), before.end(), 1,
                new BookingRequest.Repeat("week", 2)));
        assertEquals(9, weekly.get(1).start().atZone(BERLIN).getHour());
    }
}
