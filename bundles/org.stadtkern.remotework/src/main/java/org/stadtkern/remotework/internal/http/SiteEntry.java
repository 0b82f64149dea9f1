package org.stadtkern.remotework.internal.http;

import java.util.List;

import org.stadtkern.remotework.internal.site.Site;
import org.stadtkern.remotework.internal.site.Space;
import org.stadtkern.remotework.internal.store.Occupancy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A site as published: what its operator described, its live occupancy, the stops near it, its spaces
 * and (for one site) how busy it usually is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SiteEntry(String id, @JsonUnwrapped Site site, Occupancy.Live occupancy, List<Nearby.Stop> stops,
        List<SpaceEntry> spaces, List<Occupancy.Usual> usual) {

    /** A space as published, with its status now; its check-in code for operators only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SpaceEntry(String id, @JsonUnwrapped Space space, String status, String checkInCode) {
    }
}
