package org.stadtkern.remotework.internal.booking;

import java.util.Locale;
import java.util.Set;

/** The states of a booking, and which step leads where. */
public enum State {
    /** Asked for at a space that needs approval; holds the space. */
    REQUESTED,
    /** Approved, or booked where no approval is needed; holds the space. */
    CONFIRMED,
    /** The booker is there (QR code at the desk, the desk's sensor, or the staff). */
    CHECKED_IN,
    /** Ended after a check-in. */
    COMPLETED,
    /** Cancelled by the booker or the staff; the space is free again. */
    CANCELLED,
    /** Refused by the staff. */
    REJECTED,
    /** Not checked in within the grace time: released for others. */
    NO_SHOW;

    /** The name in JSON and in the database: lower case with hyphens. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The state of a wire name, or {@link IllegalArgumentException}. */
    public static State of(String wire) {
        for (State state : values()) {
            if (state.wire().equals(wire)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown state '" + wire + "'");
    }

    /** Whether a booking in this state holds its space. */
    public boolean holds() {
        return this == REQUESTED || this == CONFIRMED || this == CHECKED_IN;
    }

    /** Whether the step from this state to the next one is allowed. */
    public boolean allows(State next) {
        return switch (this) {
            case REQUESTED -> Set.of(CONFIRMED, REJECTED, CANCELLED).contains(next);
            case CONFIRMED -> Set.of(CHECKED_IN, CANCELLED, NO_SHOW).contains(next);
            case CHECKED_IN -> next == COMPLETED;
            default -> false;
        };
    }
}
