package org.stadtkern.remotework.internal.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A remote work site as its operator describes it (bound strictly from JSON; unknown fields are 400).
 *
 * @param kind {@code coworking}, {@code library}, {@code neighbourhood-office} or {@code other}
 * @param openingHours per weekday ({@code mo} ... {@code su}) one range {@code 08:00-18:00}; a day not named is closed
 * @param holidays dates on which the site is closed
 * @param price what a day costs, for people ({@code kostenlos}, {@code 5 EUR/Tag})
 */
public record Site(String name, String kind, String operator, Address address, double latitude, double longitude,
        Map<String, String> openingHours, List<LocalDate> holidays, Amenities amenities, Accessibility accessibility,
        String price, Mobility mobility, Policy policy, String description) {

    /** Postal address. */
    public record Address(String street, String postcode, String city) {
    }

    /** What the site offers. */
    public record Amenities(Integer wifiMbps, int screens, int docks, boolean lockers, boolean coffee,
            boolean quietZone, int phoneBooths) {
    }

    /**
     * Accessibility, a subset of A11yJSON's {@code Accessibility}: with what the site is accessible, its
     * entrances and restrooms ({@code null}: not known).
     */
    public record Accessibility(AccessibleWith accessibleWith, List<Entrance> entrances, List<Restroom> restrooms) {

        /** A11yJSON {@code accessibleWith}. */
        public record AccessibleWith(Boolean wheelchair, Boolean guideDog, Boolean limitedSight) {
        }

        /** A11yJSON {@code Entrance}. */
        public record Entrance(Boolean isLevel, Boolean hasFixedRamp, Boolean isAutomaticOrAlwaysOpen) {
        }

        /** A11yJSON {@code Restroom}. */
        public record Restroom(Boolean isAccessibleWithWheelchair) {
        }

        /** Whether the site says it is accessible with a wheelchair. */
        public boolean wheelchair() {
            return accessibleWith != null && Boolean.TRUE.equals(accessibleWith.wheelchair());
        }
    }

    /** How to get there beside public transport (whose stops come from the network). */
    public record Mobility(int bikeParking, int chargingPoints, String notes) {
    }

    /** The booking policy; a value not given is the measure's default. */
    public record Policy(Integer maxMinutes, Integer maxUpcoming, Integer daysAhead, Integer graceMinutes) {
    }
}
