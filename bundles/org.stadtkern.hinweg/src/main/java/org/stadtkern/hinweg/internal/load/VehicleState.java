package org.stadtkern.hinweg.internal.load;

import java.time.Instant;

/**
 * What is known of a vehicle after its latest counted stop: for travellers only the occupancy level
 * and the coarse percentage; the exact load stays inside.
 *
 * @param vehicle the vehicle
 * @param trip the trip it serves
 * @param route the trip's route
 * @param stop the latest counted stop
 * @param stopSequence its position on the trip
 * @param load passengers aboard (internal)
 * @param level the occupancy level, or {@code null} without a known capacity
 * @param percentage the coarse occupancy percentage, or {@code null} without a known capacity
 * @param at when the doors closed there
 * @param ended whether the trip's last stop was counted
 */
public record VehicleState(String vehicle, String trip, String route, String stop, int stopSequence, int load,
        Occupancy.Level level, Integer percentage, Instant at, boolean ended) {
}
