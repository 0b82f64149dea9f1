package org.stadtkern.hinweg.internal.gtfs;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.stadtkern.hinweg.internal.load.Capacity;

/**
 * Reads a GTFS static feed from its zip: stops.txt, routes.txt, trips.txt and stop_times.txt (all
 * required), the service calendar in calendar.txt and calendar_dates.txt (without either, every
 * trip runs every day), the agencies' time zone in agency.txt (without it, the runtime's) and
 * GTFS-ride's trip_capacity.txt (optional); other files are skipped. Checks what Hin
 * &amp; Weg relies on (required columns, numbers, times, references between the files) and names the
 * file and line of the first problem. Bounded ({@link Limits}): a zip bomb is refused after a few MB
 * of unpacking, and only the feed's own bytes are held before they become rows.
 */
public final class GtfsReader {

    /**
     * How much a feed may unpack to in all, how many entries its zip may have, and how tightly it
     * may be packed: text compresses about 5 to 20 times, a zip bomb thousands of times.
     */
    public record Limits(long maxUnpackedBytes, int maxEntries, int maxRatio) {

        /** 64 MB unpacked (for a heap of 384 MB), 100 entries, 100:1. */
        public static final Limits DEFAULT = new Limits(64L * 1024 * 1024, 100, 100);
    }

    private static final Set<String> FILES = Set.of("stops.txt", "routes.txt", "trips.txt", "stop_times.txt",
            "calendar.txt", "calendar_dates.txt", "trip_capacity.txt", "agency.txt");
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private GtfsReader() {
    }

    /** Reads the feed within {@link Limits#DEFAULT}; throws {@link GtfsException} naming the first problem. */
    public static GtfsFeed read(InputStream zip) throws IOException {
        return read(zip, Limits.DEFAULT);
    }

    /** Reads the feed; throws {@link GtfsException} naming the first problem, {@link GtfsTooLarge} past a limit. */
    public static GtfsFeed read(InputStream zip, Limits limits) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        UnpackBudget budget = new UnpackBudget(zip, limits);
        try (ZipInputStream entries = new ZipInputStream(budget, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            int count = 0;
            while ((entry = entries.getNextEntry()) != null) {
                if (++count > limits.maxEntries()) {
                    throw new GtfsTooLarge("The zip has more than " + limits.maxEntries() + " entries.");
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                InputStream content = budget.unpacked(entries, name);
                if (!entry.isDirectory() && FILES.contains(name)) {
                    files.put(name, content.readAllBytes());
                } else {
                    // skipped, but unpacked through the budget: a bomb in another file stops too
                    content.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IllegalArgumentException e) {
            if (e instanceof GtfsException known) {
                throw known;
            }
            throw new GtfsException("The upload is not a readable zip file: " + e.getMessage());
        }
        List<GtfsFeed.Stop> stops = parse(files, "stops.txt", r -> new GtfsFeed.Stop(required(r, "stop_id"),
                optional(r, "stop_name"), coordinate(r, "stop_lat", 90), coordinate(r, "stop_lon", 180)));
        List<GtfsFeed.Route> routes = parse(files, "routes.txt", r -> new GtfsFeed.Route(required(r, "route_id"),
                optional(r, "route_short_name"), optional(r, "route_long_name"), integer(r, "route_type")));
        List<GtfsFeed.Service> services = files.containsKey("calendar.txt") ? parse(files, "calendar.txt",
                GtfsReader::service) : List.of();
        List<GtfsFeed.ServiceDate> serviceDates = files.containsKey("calendar_dates.txt") ? parse(files,
                "calendar_dates.txt", r -> new GtfsFeed.ServiceDate(required(r, "service_id"), date(r, "date"),
                        choice(r, "exception_type", "1", "2").equals("1"))) : List.of();
        ids(serviceDates, d -> d.serviceId() + " on " + d.date());
        Set<String> serviceIds = ids(services, GtfsFeed.Service::id);
        serviceDates.forEach(d -> serviceIds.add(d.serviceId()));
        boolean calendar = files.containsKey("calendar.txt") || files.containsKey("calendar_dates.txt");
        List<GtfsFeed.Trip> trips = parse(files, "trips.txt", r -> new GtfsFeed.Trip(required(r, "trip_id"),
                reference(r, "route_id", ids(routes, GtfsFeed.Route::id)), calendar ? reference(r, "service_id",
                        serviceIds) : required(r, "service_id"), optional(r, "trip_headsign")));
        Set<String> stopIds = ids(stops, GtfsFeed.Stop::id);
        Set<String> tripIds = ids(trips, GtfsFeed.Trip::id);
        List<GtfsFeed.StopTime> stopTimes = parse(files, "stop_times.txt", r -> new GtfsFeed.StopTime(
                reference(r, "trip_id", tripIds), integer(r, "stop_sequence"), reference(r, "stop_id", stopIds),
                time(r, "arrival_time"), time(r, "departure_time")));
        Map<String, Capacity> capacities = new HashMap<>();
        if (files.containsKey("trip_capacity.txt")) {
            parse(files, "trip_capacity.txt", r -> capacities.put(reference(r, "trip_id", tripIds),
                    capacity(r)));
        }
        ZoneId timezone = null;
        if (files.containsKey("agency.txt")) {
            List<ZoneId> zones = parse(files, "agency.txt", GtfsReader::timezone).stream().distinct().toList();
            if (zones.size() != 1) {
                throw new GtfsException("agency.txt: the agencies of a feed share one agency_timezone, not " + zones);
            }
            timezone = zones.get(0);
        }
        return new GtfsFeed(stops, routes, trips, stopTimes, services, serviceDates, capacities, timezone);
    }

    /** The rows of one file, parsed record by record from its bytes. */
    private static <T> List<T> parse(Map<String, byte[]> files, String file, Function<CSVRecord, T> row) {
        byte[] bytes = files.get(file);
        if (bytes == null) {
            throw new GtfsException("The feed has no " + file + ".");
        }
        List<T> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            for (CSVRecord record : CSV.parse(reader)) {
                try {
                    rows.add(row.apply(record));
                } catch (IllegalArgumentException e) {
                    throw new GtfsException(file + " line " + (record.getRecordNumber() + 1) + ": " + e.getMessage());
                }
            }
        } catch (GtfsException e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new GtfsException(file + ": not readable as CSV: " + e.getMessage());
        }
        return rows;
    }

    private static <T> Set<String> ids(List<T> rows, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        for (T row : rows) {
            if (!ids.add(id.apply(row))) {
                throw new GtfsException("The id '" + id.apply(row) + "' occurs twice.");
            }
        }
        return ids;
    }

    private static String required(CSVRecord record, String column) {
        String value = optional(record, column);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(column + " is missing");
        }
        if (value.length() > 255) {
            throw new IllegalArgumentException(column + " is longer than 255 characters");
        }
        return value;
    }

    private static String optional(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
    }

    private static String reference(CSVRecord record, String column, Set<String> known) {
        String value = required(record, column);
        if (!known.contains(value)) {
            throw new IllegalArgumentException(column + " '" + value + "' names nothing in the feed");
        }
        return value;
    }

    private static int integer(CSVRecord record, String column) {
        String value = required(record, column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not a whole number");
        }
    }

    private static int count(CSVRecord record, String column) {
        if (optional(record, column).isEmpty()) {
            return 0;
        }
        int value = integer(record, column);
        if (value < 0) {
            throw new IllegalArgumentException(column + " must not be negative");
        }
        return value;
    }

    private static Capacity capacity(CSVRecord record) {
        return new Capacity(count(record, "seated_capacity"), count(record, "standing_capacity"),
                count(record, "wheelchair_capacity"), count(record, "bike_capacity"));
    }

    private static GtfsFeed.Service service(CSVRecord record) {
        StringBuilder days = new StringBuilder();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            days.append(choice(record, day, "0", "1"));
        }
        GtfsFeed.Service service = new GtfsFeed.Service(required(record, "service_id"), days.toString(),
                date(record, "start_date"), date(record, "end_date"));
        if (service.end().isBefore(service.start())) {
            throw new IllegalArgumentException("end_date lies before start_date");
        }
        return service;
    }

    private static ZoneId timezone(CSVRecord record) {
        String value = required(record, "agency_timezone");
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("agency_timezone '" + value + "' is not a time zone such as "
                    + "Europe/Berlin");
        }
    }

    private static String choice(CSVRecord record, String column, String... allowed) {
        String value = required(record, column);
        if (!List.of(allowed).contains(value)) {
            throw new IllegalArgumentException(column + " '" + value + "' is not one of " + List.of(allowed));
        }
        return value;
    }

    /** A GTFS date, YYYYMMDD. */
    private static LocalDate date(CSVRecord record, String column) {
        String value = required(record, column);
        try {
            return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not a date such as 20261130");
        }
    }

    private static double coordinate(CSVRecord record, String column, double limit) {
        String value = required(record, column);
        try {
            double coordinate = Double.parseDouble(value);
            if (!(Math.abs(coordinate) <= limit)) {
                throw new IllegalArgumentException(column + " " + value + " lies outside WGS 84");
            }
            return coordinate;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not a number");
        }
    }

    /** H:MM:SS or HH:MM:SS (hours may exceed 24), in seconds; {@code null} when empty. */
    static Integer time(CSVRecord record, String column) {
        String value = optional(record, column);
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{1,3}:[0-5]\\d:[0-5]\\d")) {
            throw new IllegalArgumentException(column + " '" + value + "' is not a time such as 6:20:00");
        }
        String[] parts = value.split(":");
        return Integer.parseInt(parts[0]) * 3600 + Integer.parseInt(parts[1]) * 60 + Integer.parseInt(parts[2]);
    }
}
