package org.stadtkern.sensorthings.internal.query;

import java.time.OffsetDateTime;

/** An ISO 8601 time interval {@code start/end}. */
public record TimeInterval(OffsetDateTime start, OffsetDateTime end) {

    @Override
    public String toString() {
        return Times.format(start) + "/" + Times.format(end);
    }
}
