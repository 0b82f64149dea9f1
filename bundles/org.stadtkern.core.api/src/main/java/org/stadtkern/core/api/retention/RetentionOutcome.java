package org.stadtkern.core.api.retention;

/**
 * What a retention target did (or, in a dry run, would do) for one dataset.
 *
 * @param deleted raw records deleted
 * @param aggregates aggregate records written in their place
 */
public record RetentionOutcome(long deleted, long aggregates) {

    public static final RetentionOutcome NOTHING = new RetentionOutcome(0, 0);
}
