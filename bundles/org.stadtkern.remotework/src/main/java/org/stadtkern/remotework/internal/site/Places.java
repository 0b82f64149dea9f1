package org.stadtkern.remotework.internal.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks of what operators describe; each refusal names the field, for a 400 a person understands. */
public final class Places {

    /** The kinds of site. */
    public static final Set<String> KINDS = Set.of("coworking", "library", "neighbourhood-office", "other");
    /** The types of space. */
    public static final Set<String> TYPES = Set.of("desk", "room", "booth");
    /** The modes of space. */
    public static final Set<String> MODES = Set.of("bookable", "drop-in");
    private static final Pattern SENSOR = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final int TEXT = 200;
    private static final int LONG_TEXT = 2000;

    private Places() {
    }

    /** The site, or {@link IllegalArgumentException} naming what is wrong. */
    public static Site checked(Site site) {
        text("name", site.name(), TEXT, true);
        oneOf("kind", site.kind(), KINDS);
        text("operator", site.operator(), TEXT, true);
        if (site.address() == null) {
            throw new IllegalArgumentException("address is missing");
        }
        text("address.street", site.address().street(), TEXT, true);
        text("address.postcode", site.address().postcode(), 10, true);
        text("address.city", site.address().city(), TEXT, true);
        if (!(site.latitude() >= -90 && site.latitude() <= 90 && site.longitude() >= -180
                && site.longitude() <= 180)) {
            throw new IllegalArgumentException("latitude and longitude must be WGS 84 degrees");
        }
        OpeningHours.of(site.openingHours() == null ? Map.of() : site.openingHours(), site.holidays());
        text("price", site.price(), TEXT, false);
        text("description", site.description(), LONG_TEXT, false);
        if (site.mobility() != null && (site.mobility().bikeParking() < 0 || site.mobility().chargingPoints() < 0)) {
            throw new IllegalArgumentException("mobility counts must not be negative");
        }
        if (site.amenities() != null && (site.amenities().screens() < 0 || site.amenities().docks() < 0
                || site.amenities().phoneBooths() < 0 || site.amenities().wifiMbps() != null
                && site.amenities().wifiMbps() < 0)) {
            throw new IllegalArgumentException("amenity counts must not be negative");
        }
        Site.Policy policy = site.policy();
        if (policy != null && (belowOne(policy.maxMinutes()) || belowOne(policy.maxUpcoming())
                || belowOne(policy.daysAhead()) || policy.graceMinutes() != null && policy.graceMinutes() < 0)) {
            throw new IllegalArgumentException("policy values must be positive");
        }
        return site;
    }

    /** The space, or {@link IllegalArgumentException} naming what is wrong. */
    public static Space checked(Space space) {
        text("name", space.name(), TEXT, true);
        oneOf("type", space.type(), TYPES);
        oneOf("mode", space.mode(), MODES);
        if (space.capacity() < 1 || space.capacity() > 500) {
            throw new IllegalArgumentException("capacity must be between 1 and 500");
        }
        if ("desk".equals(space.type()) && space.capacity() != 1 && !space.shared()) {
            throw new IllegalArgumentException("a desk takes one person; describe shared places as a shared room");
        }
        if (space.sensor() != null && !SENSOR.matcher(space.sensor()).matches()) {
            throw new IllegalArgumentException("sensor must be 1 to 64 letters, digits and . _ : -");
        }
        List<String> equipment = space.equipment() == null ? List.of() : space.equipment();
        if (equipment.size() > 20 || equipment.stream().anyMatch(item -> item == null || item.isBlank()
                || item.length() > 50 || item.contains(","))) {
            throw new IllegalArgumentException("equipment: at most 20 items of at most 50 characters, no commas");
        }
        return space;
    }

    private static boolean belowOne(Integer value) {
        return value != null && value < 1;
    }

    private static void oneOf(String field, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new IllegalArgumentException(field + " must be one of " + String.join(", ",
                    allowed.stream().sorted().toList()));
        }
    }

    private static void text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(field + " is missing");
            }
            return;
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new IllegalArgumentException(field + " contains control characters");
        }
    }
}
