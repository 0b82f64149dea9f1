package org.stadtkern.remotework.internal.store;

import org.stadtkern.remotework.internal.site.Space;

/** A stored space: its database id, its site, the id in URLs, the description and its check-in code. */
public record SpaceRow(long key, long siteKey, String site, String id, Space space, String checkInCode) {
}
