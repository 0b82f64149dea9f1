package org.stadtkern.hinweg.internal.load;

import java.time.Instant;

/**
 * What a door counter reports when a vehicle leaves a stop.
 *
 * @param sensor the counting sensor
 * @param vehicle the vehicle it is mounted in
 * @param trip the GTFS trip the vehicle serves
 * @param stop the GTFS stop
 * @param time when the doors closed
 * @param boardings passengers who got in
 * @param alightings passengers who got out
 */
public record DoorEvent(String sensor, String vehicle, String trip, String stop, Instant time, int boardings,
        int alightings) {
}
