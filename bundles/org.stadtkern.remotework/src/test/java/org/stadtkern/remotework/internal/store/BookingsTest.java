package org.stadtkern.remotework.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stadtkern.remotework.internal.store.Fixture.CITY;
import static org.stadtkern.remotework.internal.store.Fixture.at;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stadtkern.remotework.internal.booking.Booking;
import org.stadtkern.remotework.internal.booking.BookingRequest;
import org.stadtkern.remotework.internal.booking.State;

/** No double booking, ever: the database refuses it, also under 50 concurrent requests. */
class BookingsTest {

    private Fixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = fixture();
    }

    /** The stores on the database of this test class: H2 here. */
    Fixture fixture() throws Exception {
        return new Fixture();
    }

    private List<Booking> book(People.Person person, String space, String from, String to, int persons)
            throws Exception {
        return fixture.bookings.book(CITY, fixture.space(space), fixture.policies.rules(fixture.site.site()), person,
                new BookingRequest("hbf", space, at(from), at(to), persons, null), Instant.now());
    }

    @Test
    void fiftyConcurrentRequestsForOneDeskYieldOneBooking() throws Exception {
        List<People.Person> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            people.add(fixture.person("Person " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (People.Person person : people) {
            Callable<String> attempt = () -> {
                start.await();
                try {
                    book(person, "d1", "09:00", "12:00", 1);
                    return "booked";
                } catch (IllegalStateException e) {
                    return "refused";
                }
            };
            outcomes.add(pool.submit(attempt));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();
        assertEquals(1, results.stream().filter("booked"::equals).count(), results.toString());
        assertEquals(49, results.stream().filter("refused"::equals).count(), results.toString());
        assertEquals(1, fixture.bookings.between(CITY, "hbf", at("00:00"), at("23:45")).size());
        assertEquals(12, fixture.jdbc.first("select count(*) from remotework_slots", r -> r.getInt(1)).orElseThrow());
    }

    @Test
    void overlapsInEveryShapeAreRefusedAndNeighboursAreTaken() throws Exception {
        People.Person anna = fixture.person("Anna");
        People.Person ben = fixture.person("Ben");
        book(anna, "d1", "10:00", "12:00", 1);
        for (String[] shape : new String[][] {{"10:00", "12:00"}, {"09:00", "10:15"}, {"11:45", "13:00"},
            {"10:30", "11:00"}, {"09:00", "13:00"}}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> book(ben, "d1", shape[0], shape[1], 1), shape[0] + "-" + shape[1]);
            assertEquals("'Schreibtisch 1' is already booked for (part of) this time.", refused.getMessage());
        }
        assertEquals(1, book(ben, "d1", "08:00", "10:00", 1).size());
        assertEquals(1, book(ben, "d1", "12:00", "13:00", 1).size());
    }

    @Test
    void aCancelledBookingFreesItsTime() throws Exception {
        People.Person anna = fixture.person("Anna");
        Booking booking = book(anna, "d1", "10:00", "12:00", 1).get(0);
        Booking cancelled = fixture.bookings.step(CITY, booking, State.CANCELLED, "cancelled by the booker",
                Instant.now());
        assertEquals("cancelled", cancelled.state());
        assertEquals(1, book(fixture.person("Ben"), "d1", "10:00", "12:00", 1).size());
        assertThrows(IllegalStateException.class, () -> fixture.bookings.step(CITY, cancelled, State.CONFIRMED,
                null, Instant.now()));
    }

    @Test
    void aSharedRoomTakesBookingsUpToItsCapacity() throws Exception {
        book(fixture.person("Anna"), "saal", "09:00", "11:00", 2);
        book(fixture.person("Ben"), "saal", "10:00", "12:00", 1);
        IllegalStateException full = assertThrows(IllegalStateException.class,
                () -> book(fixture.person("Cem"), "saal", "10:30", "11:00", 1));
        assertTrue(full.getMessage().startsWith("'Lesesaal' has only 0 free places at "), full.getMessage());
        assertEquals(1, book(fixture.person("Cem"), "saal", "11:00", "12:00", 2).size());
    }

    @Test
    void aRoomNeedingApprovalIsRequestedThenApprovedOrRejected() throws Exception {
        Booking requested = book(fixture.person("Anna"), "raum", "14:00", "16:00", 5).get(0);
        assertEquals("requested", requested.state());
        assertThrows(IllegalStateException.class, () -> book(fixture.person("Ben"), "raum", "15:00", "16:00", 2));
        Booking rejected = fixture.bookings.step(CITY, requested, State.REJECTED, "room closed for cleaning",
                Instant.now());
        assertEquals("room closed for cleaning", rejected.reason());
        assertEquals("confirmed", fixture.bookings.step(CITY, book(fixture.person("Ben"), "raum", "15:00", "16:00",
                2).get(0), State.CONFIRMED, null, Instant.now()).state());
    }

    @Test
    void aRecurringBookingIsAllOrNone() throws Exception {
        People.Person anna = fixture.person("Anna");
        Instant nextWeek = at("09:00").plus(java.time.Duration.ofDays(7));
        fixture.bookings.book(CITY, fixture.space("d1"), fixture.policies.rules(fixture.site.site()),
                fixture.person("Ben"), new BookingRequest("hbf", "d1", nextWeek, nextWeek.plusSeconds(3600), 1, null),
                Instant.now());
        BookingRequest weekly = new BookingRequest("hbf", "d1", at("09:00"), at("10:00"), 1,
                new BookingRequest.Repeat("week", 2));
        assertThrows(IllegalStateException.class, () -> fixture.bookings.book(CITY, fixture.space("d1"),
                fixture.policies.rules(fixture.site.site()), anna, weekly, Instant.now()));
        assertEquals(0, fixture.bookings.ofPerson(anna.key(), Instant.now()).size());
        List<Booking> series = fixture.bookings.book(CITY, fixture.space("d1"),
                fixture.policies.rules(fixture.site.site()), anna, new BookingRequest("hbf", "d1", at("11:00"),
                        at("12:00"), 1, new BookingRequest.Repeat("day", 3)), Instant.now());
        assertEquals(3, series.size());
        assertEquals(series.get(0).id(), series.get(2).series());
    }

    @Test
    void thePolicyLimitsUpcomingBookingsPerPerson() throws Exception {
        People.Person anna = fixture.person("Anna");
        for (int i = 0; i < 10; i++) {
            book(anna, "d1", String.format("%02d:00", 6 + i), String.format("%02d:00", 7 + i), 1);
        }
        assertEquals("At most 10 upcoming bookings per person at this site; you have 10.",
                assertThrows(IllegalArgumentException.class, () -> book(anna, "d1", "17:00", "18:00", 1))
                        .getMessage());
    }

    @Test
    void aSpaceIsRetiredOnlyWhenNothingHoldsItAndKeepsItsBookings() throws Exception {
        Booking booking = book(fixture.person("Anna"), "d1", "10:00", "12:00", 1).get(0);
        assertEquals("1 upcoming booking(s) hold this space; cancel them first.", assertThrows(
                IllegalStateException.class, () -> fixture.sites.retire(CITY, "hbf", "d1", Instant.now()))
                .getMessage());
        fixture.bookings.step(CITY, booking, State.CANCELLED, "desk removed", Instant.now());
        assertTrue(fixture.sites.retire(CITY, "hbf", "d1", Instant.now()));
        assertTrue(fixture.sites.space(CITY, "hbf", "d1").isEmpty());
        assertTrue(fixture.sites.bySensor(CITY, "desk-1").isEmpty(), "its sensor is free for another space");
        assertEquals(2, fixture.sites.spaces(fixture.site.key()).size());
        assertEquals("cancelled", fixture.bookings.find(CITY, booking.id()).orElseThrow().state());
        assertTrue(!fixture.sites.retire(CITY, "hbf", "d1", Instant.now()), "gone already");
        fixture.sites.put(CITY, fixture.site, "d1", new org.stadtkern.remotework.internal.site.Space(
                "Schreibtisch 1", "desk", 1, "bookable", false, false, List.of(), "desk-1"));
        assertEquals(1, book(fixture.person("Ben"), "d1", "10:00", "12:00", 1).size(), "offered again");
    }
}
