package org.stadtkern.hinweg.internal.export;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * negative, drift corrected at the last stop).
 */
public final class BoardAlight {

    static final String[] HEADER = {"trip_id", "stop_id", "stop_sequence", "record_use", "boardings", "alightings",
        "current_load", "service_date"};

    private BoardAlight() {
    }

    /**
     * The file of the events (of one service day), trips in order of trip_id and vehicle.
     *
     * @param lastStop the stop_sequence of a trip's last stop
     */
    public static String of(List<CountedEvent> events, Function<String, Integer> lastStop, LocalDate serviceDate) {
        Map<String, TripLoad> trips = new TreeMap<>();
        Map<String, String> tripIds = new TreeMap<>();
        for (CountedEvent counted : events) {
            DoorEvent event = counted.event();
            String key = event.trip() + '\u0000' + event.vehicle();
            tripIds.put(key, event.trip());
            trips.computeIfAbsent(key, k -> new TripLoad(lastStop.apply(event.trip()))).add(event.sensor() + '@'
                    + event.time(), counted.stopSequence(), event.stop(), event.boardings(), event.alightings());
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
}
