package org.stadtkern.remotework.internal.booking;

import java.time.Instant;

/**
 * What a booker asks for.
 *
 * @param persons how many people (default 1)
 * @param repeat for a recurring booking: the same time again
 */
public record BookingRequest(String site, String space, Instant start, Instant end, Integer persons, Repeat repeat) {

    /**
     * A recurrence.
     *
     * @param every {@code day} (working days, Monday to Friday) or {@code week}
     * @param count how many bookings in all, the first included (2 to 12)
     */
    public record Repeat(String every, int count) {
    }

    /** The number of people, 1 when not given. */
    public int people() {
        return persons == null ? 1 : persons;
    }
}
