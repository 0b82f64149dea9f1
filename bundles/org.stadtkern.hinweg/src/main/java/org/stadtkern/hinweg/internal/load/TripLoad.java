package org.stadtkern.hinweg.internal.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The load of one vehicle on one trip, kept from its door events: after each stop, load = load
 * before - alightings + boardings. Events may come late, twice or out of order: each is counted
 * once (by its id) and the loads are always computed in stop order. The load is never negative:
 * when more passengers alight than were counted aboard, the missing ones are added as a correction.
 * At the trip's last stop everyone alights; what the counts still show aboard is drift, corrected
 * there.
 */
public final class TripLoad {

    /** The summed counts of one stop (all doors, all events). */
    private record Counts(String stopId, int boardings, int alightings) {
    }

    /**
     * The state after one counted stop.
     *
     * @param stopSequence the stop's position on the trip (GTFS stop_sequence)
     * @param stopId the stop
     * @param boardings passengers who boarded there
     * @param alightings passengers who alighted there
     * @param load passengers aboard when leaving the stop
     * @param correction passengers added (more alightings than load) or, at the last stop, removed
     *        (drift); 0 when the counts add up
     */
    public record StopLoad(int stopSequence, String stopId, int boardings, int alightings, int load,
            int correction) {
    }

    private final int lastStopSequence;
    private final Set<String> events = new HashSet<>();
    private final TreeMap<Integer, Counts> stops = new TreeMap<>();

    /** @param lastStopSequence the stop_sequence of the trip's last stop (from the GTFS feed) */
    public TripLoad(int lastStopSequence) {
        this.lastStopSequence = lastStopSequence;
    }

    /**
     * Counts one door event; returns false when an event with this id was counted before.
     *
     * @throws IllegalArgumentException for negative counts or a stop after the trip's last
     */
    public boolean add(String eventId, int stopSequence, String stopId, int boardings, int alightings) {
        if (boardings < 0 || alightings < 0) {
            throw new IllegalArgumentException("boardings and alightings must not be negative");
        }
        if (stopSequence > lastStopSequence) {
            throw new IllegalArgumentException("stop sequence " + stopSequence + " lies after the trip's last stop "
                    + lastStopSequence);
        }
        if (!events.add(eventId)) {
            return false;
        }
        stops.merge(stopSequence, new Counts(stopId, boardings, alightings),
                (a, b) -> new Counts(a.stopId(), a.boardings() + b.boardings(), a.alightings() + b.alightings()));
        return true;
    }

    /** The load after each counted stop, in stop order. */
    public List<StopLoad> loads() {
        List<StopLoad> loads = new ArrayList<>(stops.size());
        int load = 0;
        for (Map.Entry<Integer, Counts> stop : stops.entrySet()) {
            Counts counts = stop.getValue();
            int counted = load - counts.alightings() + counts.boardings();
            // more alighted than were counted aboard: those were missed when they boarded
            int after = load < counts.alightings() ? counts.boardings() : counted;
            if (stop.getKey() == lastStopSequence) {
                // the last stop: everyone leaves; what the counts still show aboard is drift
                after = 0;
            }
            int correction = after - counted;
            loads.add(new StopLoad(stop.getKey(), counts.stopId(), counts.boardings(), counts.alightings(), after,
                    correction));
            load = after;
        }
        return loads;
    }

    /** Passengers aboard now (after the latest counted stop in stop order). */
    public int load() {
        List<StopLoad> loads = loads();
        return loads.isEmpty() ? 0 : loads.get(loads.size() - 1).load();
    }

    /** Whether the trip's last stop has been counted. */
    public boolean ended() {
        return stops.containsKey(lastStopSequence);
    }
}
