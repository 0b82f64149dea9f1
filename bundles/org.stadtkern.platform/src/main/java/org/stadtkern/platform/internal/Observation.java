package org.stadtkern.platform.internal;

import java.time.OffsetDateTime;

/** One measured value of a datastream; {@code parameters} is a JSON object or null. */
public record Observation(String tenant, String datastream, OffsetDateTime phenomenonTime, double result,
        String parameters) {
}
