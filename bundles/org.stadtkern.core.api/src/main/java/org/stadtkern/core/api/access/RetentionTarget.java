package org.stadtkern.core.api.access;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Stored records a measure keeps per dataset, which the retention run of the data-sovereignty
 * measure may delete or aggregate. A measure that stores data registers one as a service; each
 * method works in one transaction of its own, so that a failure leaves nothing half done.
 */
@ConsumerType
public interface RetentionTarget {

    /** What the records are, for logs and the console ("SensorThings Observations"). */
    String name();

    /** How many records of the dataset lie before {@code before}. */
    long count(DatasetRef dataset, Instant before) throws SQLException;

    /** Deletes the records of the dataset before {@code before}; returns how many. */
    long delete(DatasetRef dataset, Instant before) throws SQLException;

    /**
     * Replaces the records of the dataset before {@code before} by one aggregate per
     * {@code resolution} (count, minimum, maximum, mean), then deletes them; returns how many raw
     * records went.
     */
    long aggregate(DatasetRef dataset, Instant before, Duration resolution) throws SQLException;
}
