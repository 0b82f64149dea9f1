package org.stadtkern.remotework.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.stadtkern.remotework.internal.store.Fixture.CITY;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.retention.RetentionRule;
import org.stadtkern.remotework.internal.booking.Booking;
import org.stadtkern.remotework.internal.booking.BookingRequest;

/** Sensors, check-in, release of no-shows, the profile, reports and the retention of bookers. */
class OccupancyTest {

    private Fixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new Fixture();
    }

    /** Tomorrow 10:05, when the booking of {@link #book} has begun: the clock of these tests. */
    private static final Instant T = Fixture.at("10:05");

    /** A booking of desk d1 (sensor desk-1) from 10:00 to 12:00 tomorrow, made at 09:30. */
    private Booking book(String name) throws Exception {
        return fixture.bookings.book(CITY, fixture.space("d1"), fixture.policies.rules(fixture.site.site()),
                fixture.person(name), new BookingRequest("hbf", "d1", Fixture.at("10:00"), Fixture.at("12:00"), 1,
                        null), Fixture.at("09:30")).get(0);
    }

    private String status() throws Exception {
        return fixture.occupancy.live(fixture.site, T).statuses().stream().filter(x -> x.space().equals("d1"))
                .findFirst().orElseThrow().status();
    }

    @Test
    void aSensorChangesLiveOccupancyAndChecksTheBookingIn() throws Exception {
        Booking booking = book("Anna");
        assertEquals("booked", status());
        fixture.occupancy.presence(CITY, "desk-1", true, T, T);
        assertEquals("busy", status());
        assertEquals("checked-in", fixture.bookings.find(CITY, booking.id()).orElseThrow().state());
        fixture.occupancy.presence(CITY, "desk-1", false, T.minusSeconds(60), T);
        assertEquals("busy", status(),
                "an older report does not win");
        fixture.occupancy.presence(CITY, "desk-1", false, T, T);
        assertEquals("booked", status(), "checked in, then away for a while: held, not busy");
        assertThrows(IllegalArgumentException.class, () -> fixture.occupancy.presence(CITY, "nobody", true,
                T, T));
        assertThrows(IllegalArgumentException.class, () -> fixture.occupancy.presence("elsewhere", "desk-1", true,
                T, T), "another tenant's sensor is unknown");
    }

    @Test
    void aBookingNotCheckedInIsReleasedAfterTheGraceTime() throws Exception {
        Booking booking = book("Anna");
        fixture.lifecycle.releaseNoShows(booking.start().plus(Duration.ofMinutes(10)));
        assertEquals("confirmed", fixture.bookings.find(CITY, booking.id()).orElseThrow().state());
        fixture.lifecycle.releaseNoShows(booking.start().plus(Duration.ofMinutes(16)));
        Booking released = fixture.bookings.find(CITY, booking.id()).orElseThrow();
        assertEquals("no-show", released.state());
        assertEquals("not checked in within 15 minutes of its start: released", released.reason());
        assertEquals(0, fixture.jdbc.first("select count(*) from remotework_slots where booking_id = ?",
                r -> r.getInt(1), booking.id()).orElseThrow());
    }

    @Test
    void reportsSuppressSmallCountsAndRetentionErasesBookers() throws Exception {
        Booking booking = book("Anna");
        var report = new Reports(fixture.jdbc, fixture.sites).report(CITY, java.time.LocalDate.now(Policies.ZONE)
                .minusDays(1), java.time.LocalDate.now(Policies.ZONE).plusDays(1), 5);
        var line = report.categories().get(0);
        assertEquals("resident", line.key());
        assertEquals(null, line.bookings());
        assertEquals(true, line.suppressed());
        assertEquals(null, report.noShowRate());
        BookerRetention retention = new BookerRetention(fixture.jdbc);
        RetentionRule now = new RetentionRule(new DatasetRef(CITY, "remotework-bookers"), T, null);
        assertEquals(0, retention.apply(now, false).deleted(), "a booking not ended keeps its booker");
        RetentionRule later = new RetentionRule(new DatasetRef(CITY, "remotework-bookers"), booking.end()
                .plusSeconds(60), null);
        assertEquals(1, retention.apply(later, true).deleted());
        assertEquals(1, retention.apply(later, false).deleted());
        assertEquals(null, fixture.people.ofBooking(CITY, booking.id()).orElseThrow().name());
        assertEquals("resident", fixture.bookings.find(CITY, booking.id()).orElseThrow().category());
    }
}
