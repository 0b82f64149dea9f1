package org.stadtkern.hinweg.internal.load;

/**
 * What a vehicle type carries, as GTFS-ride's trip_capacity describes it.
 *
 * @param seated seats
 * @param standing standing places
 * @param wheelchair wheelchair places
 * @param bicycles bicycle places
 */
public record Capacity(int seated, int standing, int wheelchair, int bicycles) {

    public Capacity {
        if (seated < 0 || standing < 0 || wheelchair < 0 || bicycles < 0 || seated + standing == 0) {
            throw new IllegalArgumentException("A capacity needs seats or standing places, and nothing negative");
        }
    }

    /** Passengers in all: seated and standing. */
    public int passengers() {
        return seated + standing;
    }
}
