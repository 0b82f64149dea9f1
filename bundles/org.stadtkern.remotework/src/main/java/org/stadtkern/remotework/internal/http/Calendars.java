package org.stadtkern.remotework.internal.http;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, SiteRow> siteRows = new HashMap<>();
        Map<String, String> spaceNames = new HashMap<>();
        for (Booking booking : bookings) {
            SiteRow site = siteRows.get(booking.site());
            if (site == null) {
                site = sites.find(tenant, booking.site()).orElseThrow();
                siteRows.put(booking.site(), site);
                for (SpaceRow space : sites.spaces(site.key())) {
                    spaceNames.put(booking.site() + '/' + space.id(), space.space().name());
                }
            }
            // a space taken away since is no longer listed: its id stands in for its name
            String space = spaceNames.getOrDefault(booking.site() + '/' + booking.space(), booking.space());
            events.add(new Ical.Event("remotework-" + booking.id() + "@stadtkern", booking.start(), booking.end(),
                    space + " – " + site.site().name(), site.site().address().street() + ", "
                            + site.site().address().postcode() + " " + site.site().address().city(),
                    Ical.status(booking.status()), stamp));
        }
        return Ical.calendar(name, events);
    }
}
