package org.stadtkern.remotework.internal.ingest;

import java.time.Instant;

/**
 * A sensor's report, as published on the presence topic.
 *
 * @param sensor the sensor's id, as a space names it
 * @param occupied whether someone is at the desk or in the room
 * @param time when it was observed (now when absent)
 */
public record Presence(String sensor, boolean occupied, Instant time) {
}
