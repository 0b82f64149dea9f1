package org.stadtkern.remotework.internal.store;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.remotework.internal.booking.Booking;
import org.stadtkern.remotework.internal.booking.State;

/**
 * Live occupancy: what the spaces' sensors last reported, and bookings checked in where a space has no
 * sensor; a presence on a space with a booking about to start or running checks that booking in. Each
 * sample adds every site's count of busy spaces to its profile by weekday and hour ("usually busy").
 */
@Component(service = Occupancy.class)
public final class Occupancy {

    /** A sensor's report older than this is not believed. */
    static final Duration STALE = Duration.ofHours(2);
    /** How early before its start a booking may be checked in. */
    public static final Duration EARLY = Duration.ofMinutes(15);

    /** One space now: {@code free}, {@code booked} (held, nobody there yet) or {@code busy}. */
    public record SpaceStatus(String space, String status, boolean sensor) {
    }

    /** A site now. */
    public record Live(boolean open, int spaces, int free, int booked, int busy, List<SpaceStatus> statuses) {
    }

    /** How busy a site usually is at an hour of a weekday (1 = Monday), in percent of its spaces. */
    public record Usual(int weekday, int hour, int percent) {
    }

    private final Jdbc jdbc;
    private final Sites sites;
    private final Bookings bookings;

    @Activate
    public Occupancy(@Reference(target = "(" + Jdbc.SCHEMA + "=remotework)") Jdbc jdbc, @Reference Sites sites,
            @Reference Bookings bookings) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.bookings = bookings;
    }

    /**
     * Takes a sensor's report (older reports than the stored one are ignored).
     *
     * @throws IllegalArgumentException the tenant has no space with this sensor
     */
    public void presence(String tenant, String sensor, boolean occupied, Instant observed, Instant now)
            throws SQLException {
        SpaceRow space = sites.bySensor(tenant, sensor).orElseThrow(() -> new IllegalArgumentException(
                "no space of this tenant has sensor '" + sensor + "'"));
        if (observed.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new IllegalArgumentException("time lies in the future");
        }
        jdbc.transaction(tx -> {
            int changed = tx.update("update remotework_presence set occupied = ?, observed = ? where space_id = ? "
                    + "and observed <= ?", occupied, Timestamp.from(observed), space.key(), Timestamp.from(observed));
            if (changed == 0 && tx.first("select 1 from remotework_presence where space_id = ?", row -> true,
                    space.key()).isEmpty()) {
                tx.update("insert into remotework_presence (space_id, occupied, observed) values (?, ?, ?)",
                        space.key(), occupied, Timestamp.from(observed));
            }
            return null;
        });
        if (occupied) {
            for (Booking booking : bookings.holdingAt(space.siteKey(), now.plus(EARLY))) {
                if (booking.space().equals(space.id()) && booking.status() == State.CONFIRMED) {
                    try {
                        bookings.step(tenant, booking, State.CHECKED_IN, "checked in by the space's sensor", now);
                    } catch (IllegalStateException changedMeanwhile) {
                        // checked in or cancelled just now
                    }
                }
            }
        }
    }

    /** The site now. */
    public Live live(SiteRow site, Instant now) throws SQLException {
        return live(site, sites.spaces(site.key()), now);
    }

    /** The site with these, its spaces, now. */
    public Live live(SiteRow site, List<SpaceRow> spaces, Instant now) throws SQLException {
        Map<Long, Boolean> present = new HashMap<>();
        jdbc.query("select r.space_id, r.occupied from remotework_presence r join remotework_spaces p on "
                + "p.id = r.space_id where p.site_id = ? and r.observed > ?", row -> present.put(row.getLong(1),
                        row.getBoolean(2)), site.key(), Timestamp.from(now.minus(STALE)));
        Map<String, State> held = new HashMap<>();
        for (Booking booking : bookings.holdingAt(site.key(), now)) {
            held.merge(booking.space(), booking.status(), (a, b) -> a == State.CHECKED_IN ? a : b);
        }
        List<SpaceStatus> statuses = new ArrayList<>();
        int free = 0;
        int booked = 0;
        int busy = 0;
        for (SpaceRow space : spaces) {
            boolean sensed = space.space().sensor() != null && present.containsKey(space.key());
            State booking = held.get(space.id());
            String status;
            if (sensed ? present.get(space.key()) : booking == State.CHECKED_IN) {
                status = "busy";
                busy++;
            } else if (booking != null) {
                status = "booked";
                booked++;
            } else {
                status = "free";
                free++;
            }
            statuses.add(new SpaceStatus(space.id(), status, space.space().sensor() != null));
        }
        boolean open = Policies.hours(site.site()).openAt(LocalDateTime.ofInstant(now, Policies.ZONE));
        return new Live(open, statuses.size(), free, booked, busy, statuses);
    }

    /** Adds every site's busy count now to its profile. */
    public void sample(Instant now) throws SQLException {
        LocalDateTime local = LocalDateTime.ofInstant(now, Policies.ZONE);
        int weekday = local.getDayOfWeek().getValue();
        int hour = local.getHour();
        for (SiteRow site : sites.all()) {
            Live live = live(site, now);
            if (!live.open() || live.spaces() == 0) {
                continue;
            }
            jdbc.transaction(tx -> {
                int changed = tx.update("update remotework_profile set samples = samples + 1, "
                        + "busy_sum = busy_sum + ?, spaces_sum = spaces_sum + ? where site_id = ? and weekday = ? "
                        + "and hour_of_day = ?", live.busy(), live.spaces(), site.key(), weekday, hour);
                if (changed == 0) {
                    tx.update("insert into remotework_profile (site_id, weekday, hour_of_day, samples, busy_sum, "
                            + "spaces_sum) values (?, ?, ?, 1, ?, ?)", site.key(), weekday, hour, live.busy(),
                            live.spaces());
                }
                return null;
            });
        }
    }

    /** How busy the site usually is, by weekday and hour (only hours sampled). */
    public List<Usual> usual(long siteKey) throws SQLException {
        return jdbc.query("select weekday, hour_of_day, busy_sum, spaces_sum from remotework_profile "
                + "where site_id = ? order by weekday, hour_of_day", row -> new Usual(row.getInt(1), row.getInt(2),
                        (int) Math.round(100.0 * row.getLong(3) / Math.max(1, row.getLong(4)))), siteKey);
    }
}
