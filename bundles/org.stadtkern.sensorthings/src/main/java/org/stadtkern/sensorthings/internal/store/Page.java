package org.stadtkern.sensorthings.internal.store;

import java.util.List;

import org.stadtkern.sensorthings.internal.model.Entity;

/**
 * One page of a collection.
 *
 * @param entities the entities on this page
 * @param count the number of all matching entities when $count=true, else {@code null}
 * @param more whether entities follow this page
 */
public record Page(List<Entity> entities, Long count, boolean more) {
}
