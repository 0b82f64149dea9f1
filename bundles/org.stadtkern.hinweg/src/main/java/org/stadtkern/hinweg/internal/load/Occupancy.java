package org.stadtkern.hinweg.internal.load;

/**
 * How full a vehicle is, as GTFS-Realtime's OccupancyStatus names it, by configurable thresholds
 * (defaults: up to 70 % of the seats many seats are free, up to all seats few, then standing room
 * up to 70 % of the standing places, crushed standing room below the full capacity, full at it);
 * and the occupancy percentage rounded to a base, so that single passengers cannot be followed.
 *
 * @param manySeats share of the seats up to which MANY_SEATS_AVAILABLE holds
 * @param fewSeats share of the seats up to which FEW_SEATS_AVAILABLE holds
 * @param standingRoom share of the standing places (beyond the seats) up to which STANDING_ROOM_ONLY holds
 * @param percentageBase the published percentage is a multiple of it
 */
public record Occupancy(double manySeats, double fewSeats, double standingRoom, int percentageBase) {

    /** The defaults documented in docs/measures/hinweg.md. */
    public static final Occupancy DEFAULTS = new Occupancy(0.7, 1.0, 0.7, 10);

    /** The levels of GTFS-Realtime's OccupancyStatus that counting can tell apart. */
    public enum Level {
        EMPTY, MANY_SEATS_AVAILABLE, FEW_SEATS_AVAILABLE, STANDING_ROOM_ONLY, CRUSHED_STANDING_ROOM_ONLY, FULL
    }

    public Occupancy {
        if (!(0 < manySeats && manySeats <= fewSeats) || !(0 < standingRoom && standingRoom <= 1)
                || percentageBase < 1 || percentageBase > 100) {
            throw new IllegalArgumentException("Thresholds must rise (0 < many <= few, 0 < standing <= 1) and the "
                    + "percentage base lie in 1..100");
        }
    }

    /** The level of a load in a vehicle of the capacity. */
    public Level level(int load, Capacity capacity) {
        if (load <= 0) {
            return Level.EMPTY;
        }
        if (load >= capacity.passengers()) {
            return Level.FULL;
        }
        if (load <= manySeats * capacity.seated()) {
            return Level.MANY_SEATS_AVAILABLE;
        }
        if (load <= fewSeats * capacity.seated()) {
            return Level.FEW_SEATS_AVAILABLE;
        }
        if (load <= capacity.seated() + standingRoom * capacity.standing()) {
            return Level.STANDING_ROOM_ONLY;
        }
        return Level.CRUSHED_STANDING_ROOM_ONLY;
    }

    /** The share of the capacity in use, in percent, rounded to the base (at most 100 unless overfull). */
    public int percentage(int load, Capacity capacity) {
        double exact = 100.0 * Math.max(0, load) / capacity.passengers();
        return (int) (Math.round(exact / percentageBase) * percentageBase);
    }
}
