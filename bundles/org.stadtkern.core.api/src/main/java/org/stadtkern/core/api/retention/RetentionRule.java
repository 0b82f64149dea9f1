package org.stadtkern.core.api.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.stadtkern.core.api.access.DatasetRef;

/**
 * What one dataset's retention asks of a store now: records that ended before {@code cutoff} go;
 * with a {@code resolution} they are first summarised into one aggregate per interval of that
 * length (epoch-aligned; the cutoff is then moved back to an interval boundary so that no interval
 * is summarised twice). Aggregates themselves are kept.
 *
 * @param dataset the dataset
 * @param cutoff records that ended before this instant are expired
 * @param resolution the length of one aggregate, or {@code null} to delete expired records
 */
public record RetentionRule(DatasetRef dataset, Instant cutoff, Duration resolution) {

    public RetentionRule {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(cutoff, "cutoff");
        if (resolution != null && resolution.getSeconds() < 1) {
            throw new IllegalArgumentException("resolution must be at least one second");
        }
    }

    /** Whether expired records are aggregated before they are deleted. */
    public boolean aggregates() {
        return resolution != null;
    }

    /** The instant before which records are handled: the cutoff, aligned down to the resolution. */
    public Instant effectiveCutoff() {
        if (resolution == null) {
            return cutoff;
        }
        long seconds = resolution.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(cutoff.getEpochSecond(), seconds) * seconds);
    }
}
