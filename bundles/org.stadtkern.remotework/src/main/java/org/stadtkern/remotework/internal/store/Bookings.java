package org.stadtkern.remotework.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.remotework.internal.booking.Booking;
import org.stadtkern.remotework.internal.booking.BookingRequest;
import org.stadtkern.remotework.internal.booking.Interval;
import org.stadtkern.remotework.internal.booking.Rules;
import org.stadtkern.remotework.internal.booking.State;

/**
 * The bookings. A booking that holds its space holds each of its quarter hours in
 * {@code remotework_slots}, whose primary key refuses a second holder: no double booking, also under
 * concurrent requests and across runtimes on one database. Every step is a compare-and-set on the state.
 */
@Component(service = Bookings.class)
public final class Bookings {

    /** The columns {@link #booking} maps, from {@code b} (booking), {@code p} (space), {@code s} (site). */
    static final String SELECT = "select b.id, s.slug, p.slug, b.starts, b.ends, b.persons, b.state, b.series, "
            + "b.category, b.checked_in, b.reason from remotework_bookings b join remotework_spaces p on "
            + "p.id = b.space_id join remotework_sites s on s.id = p.site_id ";
    static final String HOLDING = "('requested', 'confirmed', 'checked-in')";
    /** Unique violation; H2's concurrent update and lock timeout; serialization failure (PostgreSQL). */
    private static final Set<String> CONFLICTS = Set.of("23505", "90131", "HYT00", "40001");
    private static final int TRIES = 3;

    private final Jdbc jdbc;

    @Activate
    public Bookings(@Reference(target = "(" + Jdbc.SCHEMA + "=remotework)") Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Books the space for the person: one booking, or one per recurrence, all or none.
     *
     * @throws IllegalArgumentException a policy refuses it (the message says which)
     * @throws IllegalStateException the space is taken for part of the time
     */
    public List<Booking> book(String tenant, SpaceRow space, Rules rules, People.Person person,
            BookingRequest request, Instant now) throws SQLException {
        List<Interval> intervals = rules.intervals(request);
        for (Interval interval : intervals) {
            rules.check(space.space(), interval, request.people(), now);
        }
        for (int attempt = 1;; attempt++) {
            try {
                List<Long> ids = jdbc.transaction(tx -> insert(tx, space, rules, person, intervals,
                        request.people(), now));
                List<Booking> booked = new ArrayList<>();
                for (long id : ids) {
                    booked.add(find(tenant, id).orElseThrow());
                }
                return booked;
            } catch (SQLException e) {
                if (!CONFLICTS.contains(e.getSQLState())) {
                    throw e;
                }
                if (!space.space().shared() || attempt == TRIES) {
                    throw new IllegalStateException("'" + space.space().name() + "' is already booked for (part of) "
                            + "this time.", e);
                }
            }
        }
    }

    private static List<Long> insert(Jdbc tx, SpaceRow space, Rules rules, People.Person person,
            List<Interval> intervals, int persons, Instant now) throws SQLException {
        // one person's bookings one after the other: the count of upcoming ones stays true
        tx.update("update remotework_people set last_booking = ? where id = ?", Timestamp.from(now), person.key());
        int upcoming = tx.first("select count(*) from remotework_bookings b join remotework_spaces p on "
                + "p.id = b.space_id where b.person_id = ? and p.site_id = ? and b.state in " + HOLDING
                + " and b.ends > ?", row -> row.getInt(1), person.key(), space.siteKey(), Timestamp.from(now))
                .orElse(0);
        rules.checkUpcoming(upcoming, intervals.size());
        String state = (space.space().approval() ? State.REQUESTED : State.CONFIRMED).wire();
        List<Long> ids = new ArrayList<>();
        for (Interval interval : intervals) {
            long id = tx.insert("insert into remotework_bookings (tenant, space_id, person_id, starts, ends, persons, "
                    + "state, series, category, created, changed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    person.tenant(),
                    space.key(), person.key(), Timestamp.from(interval.start()), Timestamp.from(interval.end()),
                    persons, state, ids.isEmpty() ? null : ids.get(0), person.category(), Timestamp.from(now),
                    Timestamp.from(now));
            hold(tx, space, id, interval, persons);
            ids.add(id);
        }
        if (ids.size() > 1) {
            tx.update("update remotework_bookings set series = ? where id = ?", ids.get(0), ids.get(0));
        }
        return ids;
    }

    /** Takes the quarter hours: seat 0 of a space booked whole, the lowest free seats of a shared one. */
    private static void hold(Jdbc tx, SpaceRow space, long booking, Interval interval, int persons)
            throws SQLException {
        for (Instant slot : interval.slots()) {
            List<Integer> seats = List.of(0);
            if (space.space().shared()) {
                List<Integer> taken = tx.query("select seat from remotework_slots where space_id = ? and slot = ?",
                        row -> row.getInt(1), space.key(), Timestamp.from(slot));
                seats = new ArrayList<>();
                for (int seat = 1; seat <= space.space().capacity() && seats.size() < persons; seat++) {
                    if (!taken.contains(seat)) {
                        seats.add(seat);
                    }
                }
                if (seats.size() < persons) {
                    throw new IllegalStateException("'" + space.space().name() + "' has only " + seats.size()
                            + " free places at " + slot + ".");
                }
            }
            for (int seat : seats) {
                tx.update("insert into remotework_slots (space_id, slot, seat, booking_id) values (?, ?, ?, ?)",
                        space.key(), Timestamp.from(slot), seat, booking);
            }
        }
    }

    /**
     * Moves the booking to the next state if it is still in {@code from}: a step not allowed, or a
     * booking changed meanwhile, is an {@link IllegalStateException}; a state that does not hold the
     * space gives its quarter hours free.
     */
    public Booking step(String tenant, Booking booking, State next, String reason, Instant now) throws SQLException {
        State from = booking.status();
        if (!from.allows(next)) {
            throw new IllegalStateException("A booking that is " + from.wire() + " cannot become " + next.wire() + ".");
        }
        jdbc.transaction(tx -> {
            int changed = tx.update("update remotework_bookings set state = ?, reason = coalesce(?, reason), "
                    + "changed = ?, checked_in = " + (next == State.CHECKED_IN ? "?" : "coalesce(?, checked_in)")
                    + " where tenant = ? and id = ? and state = ?", next.wire(), reason, Timestamp.from(now),
                    next == State.CHECKED_IN ? Timestamp.from(now) : null, tenant, booking.id(), from.wire());
            if (changed == 0) {
                throw new IllegalStateException("The booking was changed meanwhile; look at it again.");
            }
            if (!next.holds()) {
                tx.update("delete from remotework_slots where booking_id = ?", booking.id());
            }
            return null;
        });
        return find(tenant, booking.id()).orElseThrow();
    }

    /** The tenant's booking. */
    public Optional<Booking> find(String tenant, long id) throws SQLException {
        return jdbc.first(SELECT + "where b.tenant = ? and b.id = ?", Bookings::booking, tenant, id);
    }

    /** Whether the booking is the person's. */
    public boolean isOf(long booking, long person) throws SQLException {
        return jdbc.first("select 1 from remotework_bookings where id = ? and person_id = ?", row -> true, booking,
                person).isPresent();
    }

    /** The tenant's bookings that overlap the time, of one site or all, in order of start (at most 1000). */
    public List<Booking> between(String tenant, String site, Instant from, Instant to) throws SQLException {
        return jdbc.query(SELECT + "where b.tenant = ? and (cast(? as varchar) is null or s.slug = ?) "
                + "and b.starts < ? and b.ends > ? order by b.starts, b.id limit 1000", Bookings::booking,
                tenant, site, site, Timestamp.from(to),
                Timestamp.from(from));
    }

    /** The person's bookings that end after the moment, in order of start (at most 500). */
    public List<Booking> ofPerson(long person, Instant after) throws SQLException {
        return jdbc.query(SELECT + "where b.person_id = ? and b.ends > ? order by b.starts, b.id limit 500",
                Bookings::booking, person, Timestamp.from(after));
    }

    /** The bookings holding a space of the site at the moment. */
    public List<Booking> holdingAt(long siteKey, Instant moment) throws SQLException {
        return jdbc.query(SELECT + "where p.site_id = ? and b.state in " + HOLDING + " and b.starts <= ? "
                + "and b.ends > ? order by b.id", Bookings::booking, siteKey, Timestamp.from(moment),
                Timestamp.from(moment));
    }

    /** The bookings holding a space of the site for part of the time. */
    public List<Booking> heldBetween(long siteKey, Instant from, Instant to) throws SQLException {
        return jdbc.query(SELECT + "where p.site_id = ? and b.state in " + HOLDING + " and b.starts < ? "
                + "and b.ends > ? order by b.starts, b.id", Bookings::booking, siteKey, Timestamp.from(to),
                Timestamp.from(from));
    }

    static Booking booking(ResultSet row) throws SQLException {
        long series = row.getLong(8);
        Long inSeries = row.wasNull() ? null : series;
        Timestamp checkedIn = row.getTimestamp(10);
        return new Booking(row.getLong(1), row.getString(2), row.getString(3), row.getTimestamp(4).toInstant(),
                row.getTimestamp(5).toInstant(), row.getInt(6), row.getString(7), inSeries,
                row.getString(9), checkedIn == null ? null : checkedIn.toInstant(), row.getString(11));
    }
}
