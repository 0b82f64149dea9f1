package org.stadtkern.hinweg.internal.export;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stadtkern.hinweg.internal.load.CountedEvent;
import org.stadtkern.hinweg.internal.load.DoorEvent;
import org.stadtkern.hinweg.internal.load.TripLoad;

/**
 * GTFS-ride {@code board_alight.txt} of one service day: one record per trip and counted stop with
 * boardings, alightings and the load when leaving ({@code current_load}), record_use 0 (complete
 * counts), from the stored door events booked as the runtime books them (in stop order, never
 * negative, drift corrected at the last stop). A trip run belongs to the service day on which its
 * first counted stop lies, also where it goes on past midnight.
 */
public final class BoardAlight {

    static final String[] HEADER = {"trip_id", "stop_id", "stop_sequence", "record_use", "boardings", "alightings",
        "current_load", "service_date"};
    /** How long before and after its service day a run may have counts (trips past midnight). */
    public static final Duration SPILL = Duration.ofHours(6);

    private BoardAlight() {
    }

    /**
     * The file of the runs that start on the service day, trips in order of trip_id and vehicle.
     *
     * @param events the events from {@link #SPILL} before the day to {@link #SPILL} after it
     * @param lastStop the stop_sequence of a trip's last stop
     */
    public static String of(List<CountedEvent> events, Function<String, Integer> lastStop, LocalDate serviceDate,
            ZoneId zone) {
        Map<String, TripLoad> trips = new TreeMap<>();
        Map<String, String> tripIds = new TreeMap<>();
        for (List<CountedEvent> run : runs(events)) {
            DoorEvent first = run.get(0).event();
            if (!first.time().atZone(zone).toLocalDate().equals(serviceDate)) {
                continue;
            }
            String key = first.trip() + '\u0000' + first.vehicle() + '\u0000' + first.time();
            tripIds.put(key, first.trip());
            TripLoad load = new TripLoad(lastStop.apply(first.trip()));
            trips.put(key, load);
            for (CountedEvent counted : run) {
                DoorEvent event = counted.event();
                load.add(event.sensor() + '@' + event.time(), counted.stopSequence(), event.stop(), event.boardings(),
                        event.alightings());
            }
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER)
                .setRecordSeparator("\n").get())) {
            String date = serviceDate.format(DateTimeFormatter.BASIC_ISO_DATE);
            for (Map.Entry<String, TripLoad> trip : trips.entrySet()) {
                for (TripLoad.StopLoad stop : trip.getValue().loads()) {
                    csv.printRecord(tripIds.get(trip.getKey()), stop.stopId(), stop.stopSequence(), 0,
                            stop.boardings(), stop.alightings(), stop.load(), date);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * The events by run of a vehicle on a trip, each in time order: a run ends where the next event of
     * the same trip and vehicle lies at an earlier stop or more than {@link #SPILL} later.
     */
    static List<List<CountedEvent>> runs(List<CountedEvent> events) {
        Map<String, List<CountedEvent>> byTrip = new TreeMap<>();
        events.stream().sorted(Comparator.comparing((CountedEvent c) -> c.event().time()))
                .forEach(c -> byTrip.computeIfAbsent(c.event().trip() + '\u0000' + c.event().vehicle(),
                        k -> new ArrayList<>()).add(c));
        List<List<CountedEvent>> runs = new ArrayList<>();
        for (List<CountedEvent> trip : byTrip.values()) {
            List<CountedEvent> run = new ArrayList<>();
            for (CountedEvent counted : trip) {
                if (!run.isEmpty()) {
                    CountedEvent previous = run.get(run.size() - 1);
                    if (counted.stopSequence() < previous.stopSequence() || Duration.between(
                            previous.event().time(), counted.event().time()).compareTo(SPILL) > 0) {
                        runs.add(run);
                        run = new ArrayList<>();
                    }
                }
                run.add(counted);
            }
            runs.add(run);
        }
        return runs;
    }
}
