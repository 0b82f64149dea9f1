package org.stadtkern.hinweg.internal.store;

/**
 * A counting sensor: a door counter in a vehicle or a people counter at a stop.
 *
 * @param id the sensor's id, as its messages name it
 * @param kind door (in a vehicle) or stop (at a stop)
 * @param vehicleId the vehicle of a door counter
 * @param stopId the stop of a stop counter
 * @param vdv457 whether it is certified per VDV 457
 * @param status active, maintenance or retired (only active sensors are counted)
 * @param datastreamId its SensorThings Datastream, once provisioned
 */
public record CountingSensor(String id, Kind kind, String vehicleId, String stopId, boolean vdv457, Status status,
        Long datastreamId) {

    /** Where it counts. */
    public enum Kind { DOOR, STOP }

    /** Its state. */
    public enum Status { ACTIVE, MAINTENANCE, RETIRED }
}
