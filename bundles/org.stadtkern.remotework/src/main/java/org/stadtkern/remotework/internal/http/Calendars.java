package org.stadtkern.remotework.internal.http;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.stadtkern.remotework.internal.booking.Booking;
import org.stadtkern.remotework.internal.booking.Ical;
import org.stadtkern.remotework.internal.store.SiteRow;
import org.stadtkern.remotework.internal.store.Sites;
import org.stadtkern.remotework.internal.store.SpaceRow;

/** Bookings as a calendar: the space and site in the summary, the site's address as the location. */
final class Calendars {

    private Calendars() {
    }

    static String of(List<Booking> bookings, String name, Sites sites, String tenant) throws SQLException {
        List<Ical.Event> events = new ArrayList<>();
        Instant stamp = Instant.now();
        for (Booking booking : bookings) {
            SiteRow site = sites.find(tenant, booking.site()).orElseThrow();
            SpaceRow space = sites.space(tenant, booking.site(), booking.space()).orElseThrow();
            events.add(new Ical.Event("remotework-" + booking.id() + "@stadtkern", booking.start(), booking.end(),
                    space.space().name() + " – " + site.site().name(), site.site().address().street() + ", "
                            + site.site().address().postcode() + " " + site.site().address().city(),
                    Ical.status(booking.status()), stamp));
        }
        return Ical.calendar(name, events);
    }
}
