package org.stadtkern.remotework.internal.store;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.remotework.internal.booking.Booking;
import org.stadtkern.remotework.internal.booking.State;

/**
 * What time does to bookings: a confirmed booking not checked in within its site's grace time is
 * released as a no-show; a checked-in booking whose end has passed is completed; and a booker cancels
 * the upcoming bookings of a date range at once.
 */
@Component(service = Lifecycle.class)
public final class Lifecycle {

    private final Jdbc jdbc;
    private final Sites sites;
    private final Bookings bookings;
    private final Policies policies;

    @Activate
    public Lifecycle(@Reference(target = "(" + Jdbc.SCHEMA + "=remotework)") Jdbc jdbc, @Reference Sites sites,
            @Reference Bookings bookings, @Reference Policies policies) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.bookings = bookings;
        this.policies = policies;
    }

    /** Releases the no-shows of every site; returns how many. */
    public int releaseNoShows(Instant now) throws SQLException {
        List<Object[]> late = jdbc.query("select b.tenant, b.id, s.slug from remotework_bookings b join "
                + "remotework_spaces p on p.id = b.space_id join remotework_sites s on s.id = p.site_id "
                + "where b.state = 'confirmed' and b.starts < ?", row -> new Object[] {row.getString(1),
                    row.getLong(2), row.getString(3)}, Timestamp.from(now));
        int released = 0;
        java.util.Map<String, Integer> graces = new java.util.HashMap<>();
        for (Object[] row : late) {
            String tenant = (String) row[0];
            Booking booking = bookings.find(tenant, (Long) row[1]).orElse(null);
            if (booking == null) {
                continue;
            }
            String key = tenant + '\0' + row[2];
            if (!graces.containsKey(key)) {
                graces.put(key, sites.find(tenant, (String) row[2]).map(site -> policies.rules(site.site())
                        .graceMinutes()).orElse(null));
            }
            Integer grace = graces.get(key);
            if (grace == null) {
                continue;
            }
            if (booking.start().plusSeconds(grace * 60L).isBefore(now)) {
                try {
                    bookings.step(tenant, booking, State.NO_SHOW, "not checked in within " + grace + " minutes of "
                            + "its start: released", now);
                    released++;
                } catch (IllegalStateException changedMeanwhile) {
                    // checked in or cancelled just now: nothing to release
                }
            }
        }
        return released;
    }

    /** Completes the checked-in bookings that have ended; returns how many. */
    public int completeEnded(Instant now) throws SQLException {
        return jdbc.transaction(tx -> {
            tx.update("delete from remotework_slots where booking_id in (select id from remotework_bookings where "
                    + "state = 'checked-in' and ends <= ?)", Timestamp.from(now));
            return tx.update("update remotework_bookings set state = 'completed', changed = ? where "
                    + "state = 'checked-in' and ends <= ?", Timestamp.from(now), Timestamp.from(now));
        });
    }

    /** Cancels the person's upcoming bookings that start on the days from {@code from} to {@code to}. */
    public List<Booking> cancelDays(String tenant, long person, LocalDate from, LocalDate to, Instant now)
            throws SQLException {
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw new IllegalArgumentException("to must be on or after from, at most a year later");
        }
        Instant start = from.atStartOfDay(Policies.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Policies.ZONE).toInstant();
        List<Booking> cancelled = new java.util.ArrayList<>();
        for (Booking booking : bookings.ofPerson(person, now)) {
            if (!booking.start().isBefore(start) && booking.start().isBefore(end) && booking.start().isAfter(now)
                    && booking.status().allows(State.CANCELLED)) {
                cancelled.add(bookings.step(tenant, booking, State.CANCELLED, "cancelled by the booker", now));
            }
        }
        return cancelled;
    }
}
