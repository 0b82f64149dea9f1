package org.stadtkern.hinweg.api;

import java.io.IOException;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The stops of a tenant's imported network nearest to a place, for measures that show how to get
 * somewhere by bus or tram (remote-work sites, routes). Empty while no network is imported.
 */
@ProviderType
public interface TransitStops {

    /**
     * A stop and its straight-line distance from the place.
     *
     * @param meters rounded to whole metres
     */
    record NearStop(String id, String name, double latitude, double longitude, int meters) {
    }

    /**
     * The stops within {@code maxMeters} of the place, nearest first, at most {@code limit}.
     *
     * @param tenant the tenant whose network is read
     */
    List<NearStop> near(String tenant, double latitude, double longitude, int maxMeters, int limit)
            throws IOException;
}
