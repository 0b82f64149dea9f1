package org.stadtkern.demo.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The demo city's bus network, written for Stadtkern (no third-party data): two lines between
 * Oberhausen's stations, both directions, every ten minutes from 05:00 to 23:50, as a GTFS feed.
 * Each trip is served by one of three buses per line and direction.
 */
final class DemoNetwork {

    /** A line's stops with their minutes after the trip's start. */
    record Line(String id, String name, List<Station> stops, int[] minutes) {
    }

    /** A trip of the timetable. */
    record Trip(String id, Line line, boolean outbound, int start, String vehicle) {

        /** The stops in the order served. */
        List<Station> stops() {
            List<Station> stops = new ArrayList<>(line.stops());
            if (!outbound) {
                java.util.Collections.reverse(stops);
            }
            return stops;
        }

        /** Departure at the i-th stop served, in seconds after midnight. */
        int departure(int i) {
            int[] minutes = line.minutes();
            int last = minutes[minutes.length - 1];
            return start + 60 * (outbound ? minutes[i] : last - minutes[minutes.length - 1 - i]);
        }
    }

    static final int FIRST = 5 * 3600;
    static final int LAST = 23 * 3600 + 50 * 60;
    static final int HEADWAY = 600;
    static final int BUSES = 3;

    static final List<Line> LINES = List.of(
            new Line("956", "Hauptbahnhof - Osterfeld", List.of(station("hauptbahnhof"), station("altmarkt"),
                    station("centro"), station("osterfeld")), new int[] {0, 3, 10, 17}),
            new Line("962", "Hauptbahnhof - Sterkrade", List.of(station("hauptbahnhof"), station("centro"),
                    station("sterkrade")), new int[] {0, 8, 18}));

    private DemoNetwork() {
    }

    private static Station station(String id) {
        return Station.OBERHAUSEN.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** Every trip of a day. */
    static List<Trip> trips() {
        List<Trip> trips = new ArrayList<>();
        for (Line line : LINES) {
            for (boolean outbound : new boolean[] {true, false}) {
                for (int start = FIRST, n = 0; start <= LAST; start += HEADWAY, n++) {
                    String direction = outbound ? "H" : "R";
                    trips.add(new Trip(String.format(Locale.ROOT, "%s-%s-%04d", line.id(), direction,
                            start / 3600 * 100 + start % 3600 / 60), line, outbound, start,
                            "OB-" + line.id() + "-" + direction + (n % BUSES + 1)));
                }
            }
        }
        return trips;
    }

    /** The vehicles of the timetable. */
    static List<String> vehicles() {
        return trips().stream().map(Trip::vehicle).distinct().sorted().toList();
    }

    /** The feed as a GTFS zip. */
    static byte[] gtfs() {
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        files.put("agency.txt", new StringBuilder("agency_id,agency_name,agency_url,agency_timezone,agency_lang\n"
                + "DEMO,Demo-Verkehrsbetrieb Oberhausen,https://www.oberhausen.de,Europe/Berlin,de\n"));
        StringBuilder stops = new StringBuilder("stop_id,stop_name,stop_lat,stop_lon\n");
        Station.OBERHAUSEN.forEach(s -> stops.append(String.format(Locale.ROOT, "OB-%s,%s,%.4f,%.4f%n", s.id(),
                s.name(), s.latitude(), s.longitude())));
        files.put("stops.txt", stops);
        StringBuilder routes = new StringBuilder("route_id,agency_id,route_short_name,route_long_name,route_type\n");
        LINES.forEach(l -> routes.append(l.id()).append(",DEMO,").append(l.id()).append(',').append(l.name())
                .append(",3\n"));
        files.put("routes.txt", routes);
        files.put("calendar.txt", new StringBuilder("service_id,monday,tuesday,wednesday,thursday,friday,saturday,"
                + "sunday,start_date,end_date\nDAILY,1,1,1,1,1,1,1,20260101,20301231\n"));
        StringBuilder trips = new StringBuilder("route_id,service_id,trip_id,trip_headsign,direction_id\n");
        StringBuilder stopTimes = new StringBuilder("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
        for (Trip trip : trips()) {
            List<Station> served = trip.stops();
            trips.append(String.format(Locale.ROOT, "%s,DAILY,%s,%s,%d%n", trip.line().id(), trip.id(),
                    served.get(served.size() - 1).name(), trip.outbound() ? 0 : 1));
            for (int i = 0; i < served.size(); i++) {
                String time = time(trip.departure(i));
                stopTimes.append(String.format(Locale.ROOT, "%s,%s,%s,OB-%s,%d%n", trip.id(), time, time,
                        served.get(i).id(), i + 1));
            }
        }
        files.put("trips.txt", trips);
        files.put("stop_times.txt", stopTimes);
        return zip(files);
    }

    private static String time(int seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:00", seconds / 3600, seconds % 3600 / 60);
    }

    private static byte[] zip(Map<String, StringBuilder> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, StringBuilder> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
