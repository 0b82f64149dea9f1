package org.stadtkern.remotework.internal.booking;

import java.time.Instant;

/**
 * A booking as stored and shown, without the booker's identity.
 *
 * @param series the id of the first booking of a recurring series, if it belongs to one
 * @param category the booker's coarse category, for the reports
 * @param reason why it was rejected, released or cancelled
 */
public record Booking(long id, String site, String space, Instant start, Instant end, int persons, String state,
        Long series, String category, Instant checkedIn, String reason) {

    /** The state as the enum. */
    public State status() {
        return State.of(state);
    }
}
