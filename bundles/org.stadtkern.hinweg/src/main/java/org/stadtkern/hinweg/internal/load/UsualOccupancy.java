package org.stadtkern.hinweg.internal.load;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How full vehicles usually are when they leave a stop: from the counted trips of the past weeks,
 * the mean share of the capacity per route, weekday and hour, as an occupancy level and a coarse
 * percentage. A slot is shown only with at least {@link #MIN_TRIPS} counted trips, so that no
 * single journey can be read from it.
 */
public final class UsualOccupancy {

    /** The fewest trips a slot needs to be shown. */
    public static final int MIN_TRIPS = 3;

    /** The usual occupancy in one slot. */
    public record Slot(String route, DayOfWeek weekday, int hour, int trips, Occupancy.Level level, int percentage) {
    }

    /** A counted trip through the stop: its route, when it left the stop, the load and the capacity. */
    public record Passage(String route, Instant at, int load, Capacity capacity) {
    }

    private UsualOccupancy() {
    }

    /**
     * The passages of a stop: each trip's events booked in stop order, and its load when leaving the stop.
     *
     * @param events every event of the trips through the stop (whole trips)
     * @param lastStop the last stop_sequence of a trip
     * @param route the route of a trip
     * @param capacity the capacity of a vehicle on a trip (vehicle, trip), if known
     */
    public static List<Passage> passages(String stopId, List<CountedEvent> events, Function<String, Integer> lastStop,
            Function<String, String> route, Function<CountedEvent, Optional<Capacity>> capacity) {
        Map<String, List<CountedEvent>> trips = new TreeMap<>();
        for (CountedEvent event : events) {
            trips.computeIfAbsent(event.event().vehicle() + '\u0000' + event.event().trip(), k -> new ArrayList<>())
                    .add(event);
        }
        List<Passage> passages = new ArrayList<>();
        for (List<CountedEvent> trip : trips.values()) {
            CountedEvent first = trip.get(0);
            TripLoad load = new TripLoad(lastStop.apply(first.event().trip()));
            Instant at = null;
            for (CountedEvent event : trip) {
                load.add(event.event().sensor() + '@' + event.event().time(), event.stopSequence(),
                        event.event().stop(), event.event().boardings(), event.event().alightings());
                if (event.event().stop().equals(stopId) && (at == null || event.event().time().isAfter(at))) {
                    at = event.event().time();
                }
            }
            Optional<Capacity> known = capacity.apply(first);
            Optional<TripLoad.StopLoad> atStop = load.loads().stream().filter(s -> s.stopId().equals(stopId))
                    .findFirst();
            if (at != null && known.isPresent() && atStop.isPresent()) {
                passages.add(new Passage(route.apply(first.event().trip()), at, atStop.get().load(), known.get()));
            }
        }
        return passages;
    }

    /** The slots with enough trips, by route, weekday and hour (local time). */
    public static List<Slot> slots(List<Passage> passages, Occupancy occupancy, ZoneId zone) {
        Map<String, List<Passage>> bySlot = new TreeMap<>();
        Map<String, Object[]> keys = new HashMap<>();
        for (Passage passage : passages) {
            ZonedDateTime local = passage.at().atZone(zone);
            String key = passage.route() + '\u0000' + local.getDayOfWeek().getValue() + '\u0000'
                    + String.format("%02d", local.getHour());
            bySlot.computeIfAbsent(key, k -> new ArrayList<>()).add(passage);
            keys.put(key, new Object[] {passage.route(), local.getDayOfWeek(), local.getHour()});
        }
        List<Slot> slots = new ArrayList<>();
        for (Map.Entry<String, List<Passage>> slot : bySlot.entrySet()) {
            List<Passage> trips = slot.getValue();
            if (trips.size() < MIN_TRIPS) {
                continue;
            }
            double share = trips.stream().mapToDouble(p -> (double) p.load() / p.capacity().passengers()).average()
                    .orElse(0);
            // the level of the mean share, applied to the most common capacity of the slot
            Capacity capacity = trips.get(0).capacity();
            int load = (int) Math.round(share * capacity.passengers());
            Object[] key = keys.get(slot.getKey());
            slots.add(new Slot((String) key[0], (DayOfWeek) key[1], (Integer) key[2], trips.size(),
                    occupancy.level(load, capacity), occupancy.percentage(load, capacity)));
        }
        return slots;
    }
}
