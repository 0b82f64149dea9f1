package org.stadtkern.core.api.retention;

import org.osgi.annotation.versioning.ConsumerType;
import org.stadtkern.core.api.access.DatasetRef;

/**
 * A store that holds records of datasets and applies their retention. Register an implementation
 * as an OSGi service; the retention run calls it for every dataset with a retention period.
 */
@ConsumerType
public interface RetentionTarget {

    /** What is kept, for people: e.g. {@code SensorThings Observations}. */
    String name();

    /** Whether the store can hold records of the dataset (a store of one dataset says so); default yes. */
    default boolean holds(DatasetRef dataset) {
        return true;
    }

    /**
     * Applies the rule to the records of its dataset, atomically: when it throws, nothing was
     * changed. With {@code dryRun} it only counts what would go.
     *
     * @throws Exception when the store cannot apply it; the run reports it and goes on
     */
    RetentionOutcome apply(RetentionRule rule, boolean dryRun) throws Exception;
}
