package org.stadtkern.remotework.internal.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.stadtkern.remotework.internal.site.OpeningHours;
import org.stadtkern.remotework.internal.site.Space;

/**
 * A site's booking policy applied to a request: each refusal is an {@link IllegalArgumentException}
 * whose message a booker understands.
 *
 * @param maxMinutes the longest booking
 * @param maxUpcoming the most upcoming bookings of one person at the site
 * @param daysAhead how far ahead a booking may start
 * @param graceMinutes how long after its start a booking waits for its check-in
 */
public record Rules(int maxMinutes, int maxUpcoming, int daysAhead, int graceMinutes, OpeningHours hours,
        ZoneId zone) {

    /** The most bookings of one recurring request. */
    public static final int MAX_REPEAT = 12;

    /** The intervals of the request: one, or each of its recurrence. */
    public List<Interval> intervals(BookingRequest request) {
        if (request.start() == null || request.end() == null) {
            throw new IllegalArgumentException("start and end are needed");
        }
        List<Interval> intervals = new ArrayList<>();
        ZonedDateTime start = request.start().atZone(zone);
        Duration length = Duration.between(request.start(), request.end());
        int count = request.repeat() == null ? 1 : request.repeat().count();
        if (request.repeat() != null && (count < 2 || count > MAX_REPEAT)) {
            throw new IllegalArgumentException("repeat.count must be between 2 and " + MAX_REPEAT);
        }
        String every = request.repeat() == null ? "week" : request.repeat().every();
        if (!"day".equals(every) && !"week".equals(every)) {
            throw new IllegalArgumentException("repeat.every must be day or week");
        }
        while (intervals.size() < count) {
            if ("week".equals(every) || start.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0) {
                intervals.add(new Interval(start.toInstant(), start.toInstant().plus(length)));
            }
            start = "week".equals(every) ? start.plusWeeks(1) : start.plusDays(1);
        }
        return intervals;
    }

    /** Checks one interval for the space at the moment {@code now}. */
    public void check(Space space, Interval interval, int persons, Instant now) {
        if (!"bookable".equals(space.mode())) {
            throw new IllegalArgumentException("'" + space.name() + "' is for drop-in only and cannot be booked.");
        }
        if (!interval.start().isBefore(interval.end())) {
            throw new IllegalArgumentException("The end must be after the start.");
        }
        if (!Interval.onQuarter(interval.start()) || !Interval.onQuarter(interval.end())) {
            throw new IllegalArgumentException("Bookings start and end on the quarter hour (:00, :15, :30, :45).");
        }
        if (!interval.end().isAfter(now.plusSeconds(60)) || interval.start().isBefore(now.minus(Interval.SLOT))) {
            throw new IllegalArgumentException("The time has passed.");
        }
        if (interval.start().isAfter(now.plus(Duration.ofDays(daysAhead)))) {
            throw new IllegalArgumentException("Bookings can be made at most " + daysAhead + " days ahead.");
        }
        if (interval.minutes() > maxMinutes) {
            throw new IllegalArgumentException("A booking may last at most " + hours(maxMinutes) + ".");
        }
        LocalDateTime start = LocalDateTime.ofInstant(interval.start(), zone);
        LocalDateTime end = LocalDateTime.ofInstant(interval.end(), zone);
        if (!this.hours.covers(start, end)) {
            throw new IllegalArgumentException("The site is not open through " + start.toLocalDate() + " "
                    + start.toLocalTime() + "-" + end.toLocalTime() + this.hours.on(start.toLocalDate())
                            .map(r -> " (open " + r.opens() + "-" + r.closes() + ")").orElse(" (closed that day)")
                    + ".");
        }
        if (persons < 1 || persons > space.capacity()) {
            throw new IllegalArgumentException("'" + space.name() + "' takes 1 to " + space.capacity()
                    + (space.capacity() == 1 ? " person." : " people."));
        }
    }

    /** Checks that the person may hold {@code adding} more upcoming bookings. */
    public void checkUpcoming(int upcoming, int adding) {
        if (upcoming + adding > maxUpcoming) {
            throw new IllegalArgumentException("At most " + maxUpcoming + " upcoming bookings per person at this "
                    + "site; you have " + upcoming + ".");
        }
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " hours" : minutes + " minutes";
    }
}
