package org.stadtkern.remotework.internal.http;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.stadtkern.core.api.http.Problem;
import org.stadtkern.remotework.internal.booking.Booking;
import org.stadtkern.remotework.internal.site.OpeningHours;
import org.stadtkern.remotework.internal.store.Bookings;
import org.stadtkern.remotework.internal.store.Policies;
import org.stadtkern.remotework.internal.store.SiteRow;
import org.stadtkern.remotework.internal.store.Sites;
import org.stadtkern.remotework.internal.store.SpaceRow;

/** What is booked at a site on a day, per space, without who booked: for choosing a free time. */
final class Availability {

    /** A time held, and by how many people (for shared spaces). */
    record Held(Instant start, Instant end, int persons) {
    }

    /** A space and its held times. */
    record SpaceDay(String id, String name, String type, int capacity, boolean shared, String mode, boolean approval,
            List<Held> held) {
    }

    /** The day. */
    record Day(LocalDate date, OpeningHours.Range hours, List<SpaceDay> spaces) {
    }

    private final Sites sites;
    private final Bookings bookings;

    Availability(Bookings bookings, Sites sites) {
        this.bookings = bookings;
        this.sites = sites;
    }

    Day of(SiteRow site, String date) throws Problem, SQLException {
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(Policies.ZONE) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("date is a date like 2026-12-10.");
        }
        Instant from = day.atStartOfDay(Policies.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(Policies.ZONE).toInstant();
        List<Booking> held = bookings.heldBetween(site.key(), from, to);
        List<SpaceDay> spaces = new ArrayList<>();
        for (SpaceRow space : sites.spaces(site.key())) {
            spaces.add(new SpaceDay(space.id(), space.space().name(), space.space().type(), space.space().capacity(),
                    space.space().shared(), space.space().mode(), space.space().approval(), held.stream()
                            .filter(b -> b.space().equals(space.id()))
                            .map(b -> new Held(b.start(), b.end(), b.persons())).toList()));
        }
        return new Day(day, Policies.hours(site.site()).on(day).orElse(null), spaces);
    }
}
