package org.stadtkern.hinweg.internal.ingest;

import java.time.Instant;

import org.stadtkern.hinweg.internal.load.DoorEvent;

/**
 * Checks door events and stop counts bound from their messages ({@code MqttInput}): names the first
 * problem (a missing, overlong or control-character id, a negative or implausible count, no time).
 */
public final class CountCheck {

    /** The largest message accepted. */
    public static final int MAX_BYTES = 4096;
    /** More passengers than this through one door counter at one stop is a counting fault. */
    public static final int MAX_COUNT = 500;
    /** More people than this waiting at one stop is a counting fault. */
    static final int MAX_WAITING = 2000;

    private CountCheck() {
    }

    /** The door event, checked; else {@link IllegalArgumentException} with the reason. */
    public static DoorEvent checked(DoorEvent event) {
        id(event.sensor(), "sensor");
        id(event.vehicle(), "vehicle");
        id(event.trip(), "trip");
        id(event.stop(), "stop");
        time(event.time());
        count(event.boardings(), "boardings");
        count(event.alightings(), "alightings");
        return event;
    }

    /** The stop count, checked; else {@link IllegalArgumentException} with the reason. */
    static StopCount checked(StopCount reading) {
        id(reading.sensor(), "sensor");
        id(reading.stop(), "stop");
        time(reading.time());
        if (reading.count() < 0 || reading.count() > MAX_WAITING) {
            throw new IllegalArgumentException("'count' must be a whole number from 0 to " + MAX_WAITING);
        }
        return reading;
    }

    /** A non-empty id of at most 100 characters without control characters. */
    private static void id(String id, String field) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' must be a non-empty string");
        }
        if (id.length() > 100 || id.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("'" + field + "' is longer than 100 characters or holds control "
                    + "characters");
        }
    }

    private static void time(Instant time) {
        if (time == null) {
            throw new IllegalArgumentException("'time' must be an ISO 8601 instant such as 2026-11-30T08:15:00Z");
        }
    }

    private static void count(int count, String field) {
        if (count < 0) {
            throw new IllegalArgumentException("'" + field + "' is negative");
        }
        if (count > MAX_COUNT) {
            throw new IllegalArgumentException("'" + field + "' is more than " + MAX_COUNT + ": a counting fault");
        }
    }

    /** Refuses a time after the latest acceptable one (a counter's clock running ahead). */
    static void notAfter(Instant time, Instant latest) {
        if (time.isAfter(latest)) {
            throw new IllegalArgumentException("time " + time + " lies in the future");
        }
    }

    /** Refuses a message of a publisher of another tenant than the measure counts for. */
    static void sameTenant(String publisher, String tenant) {
        if (!tenant.equals(publisher)) {
            throw new IllegalArgumentException("the publisher belongs to tenant '" + publisher
                    + "'; Hin & Weg counts for '" + tenant + "'");
        }
    }
}
