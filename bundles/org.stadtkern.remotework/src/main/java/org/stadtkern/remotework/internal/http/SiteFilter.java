package org.stadtkern.remotework.internal.http;

import java.util.List;

import org.stadtkern.core.api.http.Problem;
import org.stadtkern.remotework.internal.site.Places;
import org.stadtkern.remotework.internal.site.Site;

/** The filters of the list of sites: amenities, accessibility, free now, near a stop, a type of space. */
final class SiteFilter {

    /** A parsed filter; null members do not filter. */
    record Query(List<String> amenities, boolean wheelchair, boolean freeNow, String stop, String type) {
    }

    Query query(List<String> amenities, String accessible, String free, String stop, String type) throws Problem {
        if (accessible != null && !"wheelchair".equals(accessible)) {
            throw Problem.badRequest("accessible is wheelchair.");
        }
        if (free != null && !"true".equals(free) && !"false".equals(free)) {
            throw Problem.badRequest("free is true or false.");
        }
        if (type != null && !Places.TYPES.contains(type)) {
            throw Problem.badRequest("type is desk, room or booth.");
        }
        if (stop != null && (stop.isEmpty() || stop.length() > 100)) {
            throw Problem.badRequest("stop is a stop's id.");
        }
        return new Query(amenities, accessible != null, "true".equals(free), stop, type);
    }

    boolean matches(Query query, SiteEntry entry) {
        Site site = entry.site();
        if (query.wheelchair() && (site.accessibility() == null || !site.accessibility().wheelchair())) {
            return false;
        }
        if (query.freeNow() && !(entry.occupancy().open() && entry.occupancy().free() > 0)) {
            return false;
        }
        if (query.stop() != null && entry.stops().stream().noneMatch(s -> s.id().equals(query.stop()))) {
            return false;
        }
        if (query.type() != null && entry.spaces().stream().noneMatch(s -> s.space().type().equals(query.type()))) {
            return false;
        }
        return query.amenities().stream().allMatch(amenity -> has(site.amenities(), amenity));
    }

    private static boolean has(Site.Amenities amenities, String amenity) {
        if (amenities == null) {
            return false;
        }
        return switch (amenity) {
            case "wifi" -> amenities.wifiMbps() != null && amenities.wifiMbps() > 0;
            case "screens" -> amenities.screens() > 0;
            case "docks" -> amenities.docks() > 0;
            case "lockers" -> amenities.lockers();
            case "coffee" -> amenities.coffee();
            case "quiet-zone" -> amenities.quietZone();
            case "phone-booths" -> amenities.phoneBooths() > 0;
            default -> false;
        };
    }
}
