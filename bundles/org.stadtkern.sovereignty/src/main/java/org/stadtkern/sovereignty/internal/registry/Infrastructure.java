package org.stadtkern.sovereignty.internal.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the registry: a sensor, gateway or system, who owns and operates it, where it is,
 * since when, its state, and the platform data it produces.
 *
 * @param id the registry's id ({@code null} before it is stored)
 * @param tenant the municipality it belongs to
 * @param kind sensor, gateway or system
 * @param name a name people recognise
 * @param type what it is (e.g. "door counter", "LoRaWAN gateway", "traffic light controller")
 * @param owner who owns it
 * @param operator who runs it
 * @param location its position (WGS 84), or {@code null}
 * @param commissioned the commissioning date, or {@code null} before
 * @param status planned, active, maintenance or retired
 * @param things the SensorThings Things (ids) that stand for it
 * @param datastreams the SensorThings Datastreams (ids) it feeds
 * @param datasets the datasets its data belongs to
 */
public record Infrastructure(Long id, String tenant, Kind kind, String name, String type, String owner,
        String operator, Position location, LocalDate commissioned, Status status, List<Long> things,
        List<Long> datastreams, List<String> datasets) {

    /** What an entry is. */
    public enum Kind { SENSOR, GATEWAY, SYSTEM }

    /** Its state. */
    public enum Status { PLANNED, ACTIVE, MAINTENANCE, RETIRED }

    /** A WGS 84 position. */
    public record Position(double longitude, double latitude) {
    }

    public Infrastructure {
        things = List.copyOf(things);
        datastreams = List.copyOf(datastreams);
        datasets = List.copyOf(datasets);
    }

    /** The same entry with an id and tenant. */
    public Infrastructure stored(long newId, String newTenant) {
        return new Infrastructure(newId, newTenant, kind, name, type, owner, operator, location, commissioned, status,
                things, datastreams, datasets);
    }
}
