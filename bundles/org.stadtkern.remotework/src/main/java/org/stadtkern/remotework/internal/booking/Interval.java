package org.stadtkern.remotework.internal.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A booked time: from start (inclusive) to end (exclusive), in whole quarter hours. */
public record Interval(Instant start, Instant end) {

    /** The unit in which spaces are booked. */
    public static final Duration SLOT = Duration.ofMinutes(15);

    /** The quarter hours it covers, each by its start. */
    public List<Instant> slots() {
        List<Instant> slots = new ArrayList<>();
        for (Instant slot = start; slot.isBefore(end); slot = slot.plus(SLOT)) {
            slots.add(slot);
        }
        return slots;
    }

    /** Its length in minutes. */
    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    /** Whether the instant lies on a quarter hour. */
    public static boolean onQuarter(Instant instant) {
        return instant.getEpochSecond() % SLOT.toSeconds() == 0 && instant.getNano() == 0;
    }
}
