package org.stadtkern.hinweg.internal.load;

/**
 * A stored door event with the position of its stop on the trip.
 *
 * @param event the door event
 * @param stopSequence the stop's stop_sequence on the trip
 */
public record CountedEvent(DoorEvent event, int stopSequence) {
}
