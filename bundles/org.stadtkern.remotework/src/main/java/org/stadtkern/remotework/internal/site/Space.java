package org.stadtkern.remotework.internal.site;

import java.util.List;

/**
 * A space of a site as its operator describes it.
 *
 * @param type {@code desk}, {@code room} or {@code booth}
 * @param capacity how many people it takes
 * @param mode {@code bookable}, or {@code drop-in} (first come, not booked)
 * @param approval whether bookings wait for the staff's approval
 * @param shared whether people book places in it (up to its capacity) rather than the whole space
 * @param sensor the id of its presence sensor, if it has one
 */
public record Space(String name, String type, int capacity, String mode, boolean approval, boolean shared,
        List<String> equipment, String sensor) {
}
