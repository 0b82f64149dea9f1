package org.stadtkern.hinweg.internal.ingest;

import java.time.Instant;

/**
 * What a people counter at a stop reports, {@code {"sensor", "stop", "time", "count"}}.
 *
 * @param sensor the counting sensor
 * @param stop the GTFS stop it counts at
 * @param time when it counted
 * @param count the people waiting
 */
public record StopCount(String sensor, String stop, Instant time, int count) {
}
