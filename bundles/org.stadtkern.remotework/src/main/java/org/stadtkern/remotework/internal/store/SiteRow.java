package org.stadtkern.remotework.internal.store;

import org.stadtkern.remotework.internal.site.Site;

/** A stored site: its database id, the id in URLs and what its operator described. */
public record SiteRow(long key, String id, Site site) {
}
