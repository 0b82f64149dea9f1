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
 * @param datastreamId its SensorThings Datastream once provisioned: boardings of a door counter,
 *        people waiting of a stop counter
 * @param alightingsDatastreamId the Datastream of a door counter's alightings, once provisioned
 */
public record CountingSensor(String id, Kind kind, String vehicleId, String stopId, boolean vdv457, Status status,
        Long datastreamId, Long alightingsDatastreamId) {

    /** Whether its raw counts have their SensorThings Datastreams. */
    public boolean provisioned() {
        return datastreamId != null && (kind == Kind.STOP || alightingsDatastreamId != null);
    }

    /** The sensor with its Datastreams. */
    public CountingSensor withDatastreams(Long datastream, Long alightingsDatastream) {
        return new CountingSensor(id, kind, vehicleId, stopId, vdv457, status, datastream, alightingsDatastream);
    }

    /** Where it counts. */
    public enum Kind { DOOR, STOP }

    /** Its state. */
    public enum Status { ACTIVE, MAINTENANCE, RETIRED }
}
