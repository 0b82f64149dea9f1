package org.stadtkern.remotework.api;

import java.io.IOException;
import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sets up remote work sites for the runtime's public tenant, as operators do over HTTP
 * ({@code PUT /api/remotework/sites/{site}} and {@code .../spaces/{space}}).
 */
@ProviderType
public interface SiteSetup {

    /** Whether the site exists. */
    boolean hasSite(String site) throws IOException;

    /**
     * Creates or replaces the sites of a JSON document {@code {"sites": [{"id": ..., "site": {...},
     * "spaces": {"<id>": {...}}}]}}, each site and space as the HTTP API takes them.
     *
     * @throws IllegalArgumentException naming the first problem (what came before it is kept)
     */
    void putSites(InputStream json) throws IOException;
}
