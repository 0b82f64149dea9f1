package org.stadtkern.hinweg.internal.load;

/**
 * How crowded a stop is by the people waiting there, by configurable thresholds (defaults: busy from
 * 15, crowded from 40). Only the level is published, never the count.
 *
 * @param busy people waiting from which the stop is busy
 * @param crowded people waiting from which it is crowded
 */
public record Crowding(int busy, int crowded) {

    /** The levels. */
    public enum Level { QUIET, BUSY, CROWDED }

    public Crowding {
        if (busy < 1 || crowded <= busy) {
            throw new IllegalArgumentException("Thresholds must rise: 1 <= busy < crowded");
        }
    }

    public Level level(int waiting) {
        return waiting >= crowded ? Level.CROWDED : waiting >= busy ? Level.BUSY : Level.QUIET;
    }
}
