package org.stadtkern.platform.internal;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/** An observation as the JSON API shows it, in SensorThings terms. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservationJson(String datastream, OffsetDateTime phenomenonTime, double result,
        @JsonRawValue String parameters) {

    static ObservationJson of(Observation observation) {
        return new ObservationJson(observation.datastream(), observation.phenomenonTime(), observation.result(),
                observation.parameters());
    }
}
