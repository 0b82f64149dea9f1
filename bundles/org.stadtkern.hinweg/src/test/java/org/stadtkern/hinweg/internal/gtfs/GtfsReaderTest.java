package org.stadtkern.hinweg.internal.gtfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stadtkern.hinweg.internal.load.Capacity;

/**
 * The GTFS reference sample feed and the GTFS-ride sample (../shared/data, Apache-2.0) are read as
 * their files say; broken feeds are refused with file and line.
 */
class GtfsReaderTest {

    private static final Path DATA = Paths.get("../../../shared/data");

    @Test
    void theReferenceSampleFeed() throws IOException {
        GtfsFeed feed;
        try (InputStream zip = Files.newInputStream(DATA.resolve("gtfs-sample-feed-1.zip"))) {
            feed = GtfsReader.read(zip);
        }
        assertEquals(9, feed.stops().size());
        assertEquals(5, feed.routes().size());
        assertEquals(11, feed.trips().size());
        assertEquals(28, feed.stopTimes().size());
        assertEquals(java.time.ZoneId.of("America/Los_Angeles"), feed.timezone());
        assertEquals(2, feed.services().size());
        GtfsFeed.Stop furnaceCreek = feed.stops().get(0);
        assertEquals("FUR_CREEK_RES", furnaceCreek.id());
        assertEquals(36.425288, furnaceCreek.latitude(), 1e-9);
        GtfsFeed.StopTime first = feed.stopTimes().get(0);
        assertEquals("STBA", first.tripId());
        assertEquals(6 * 3600, first.arrival());
        assertTrue(feed.tripCapacities().isEmpty());
    }

    @Test
    void theGtfsRideSampleWithTripCapacities() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        Path gtfs = DATA.resolve("gtfs-ride-sample/gtfs-sample");
        for (String name : new String[] {"stops.txt", "routes.txt", "trips.txt", "stop_times.txt"}) {
            files.put(name, Files.readString(gtfs.resolve(name)));
        }
        files.put("trip_capacity.txt", Files.readString(DATA.resolve("gtfs-ride-sample/ride-specific/"
                + "trip_capacity_all.txt")));
        // the published sample's stop_times.txt names its trips by their routes (AD, DA), not by the
        // trip_ids of trips.txt (T1, T2): the reader says so ...
        GtfsException refused = assertThrows(GtfsException.class, () -> GtfsReader.read(Zips.of(files)));
        assertEquals("stop_times.txt line 2: trip_id 'AD' names nothing in the feed", refused.getMessage());
        // ... and reads it once the references are mended
        files.put("stop_times.txt", files.get("stop_times.txt").replaceAll("(?m)^AD,", "T1,")
                .replaceAll("(?m)^DA,", "T2,"));
        GtfsFeed feed = GtfsReader.read(Zips.of(files));
        assertEquals(8, feed.stopTimes().size());
        assertEquals(new Capacity(75, 25, 4, 12), feed.tripCapacities().get("T1"));
        assertEquals(new Capacity(15, 80, 6, 18), feed.tripCapacities().get("T2"));
    }

    @Test
    void brokenFeedsAreRefusedWithFileAndLine() throws IOException {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("stops.txt", "\uFEFFstop_id,stop_name,stop_lat,stop_lon\nS1,Altmarkt,51.4696,6.8514\n"
                + "S2,Hbf,51.4747,6.8516\n");
        valid.put("routes.txt", "route_id,route_short_name,route_long_name,route_type\nR1,956,Altmarkt - Hbf,3\n");
        valid.put("trips.txt", "route_id,service_id,trip_id\nR1,WD,T1\n");
        valid.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                + "T1,6:00:00,6:00:00,S1,1\nT1,,,S2,2\nT1,25:10:00,25:10:00,S1,3\n");
        GtfsFeed feed = GtfsReader.read(Zips.of(valid));
        assertEquals("S1", feed.stops().get(0).id(), "a byte order mark is no part of the first column");
        assertNull(feed.stopTimes().get(1).arrival(), "empty times between timepoints");
        assertEquals(25 * 3600 + 600, feed.stopTimes().get(2).arrival(), "after midnight of the service day");

        assertRefused(valid, "stops.txt", null, "no stops.txt");
        assertRefused(valid, "stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                + "T1,6:00:00,6:00:00,S9,1\n", "stop_times.txt line 2: stop_id 'S9' names nothing");
        assertRefused(valid, "stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,A,91,6\n", "outside WGS 84");
        assertRefused(valid, "stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,A,1,6\nS1,B,1,6\n", "twice");
        assertRefused(valid, "routes.txt", "route_id,route_type\nR1,bus\n", "not a whole number");
        assertRefused(valid, "stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                + "T1,6h,6h,S1,1\n", "is not a time");
        assertRefused(valid, "trips.txt", "route_id,service_id,trip_id\nR1,WD,\n", "trip_id is missing");
        assertRefused(valid, "trips.txt", "route_id,service_id,trip_id\nR1,WD,\"T1\n", "not readable as CSV");
    }

    @Test
    void theServiceCalendarIsReadAndChecked() throws IOException {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,Altmarkt,51.4696,6.8514\n");
        valid.put("routes.txt", "route_id,route_type\nR1,3\n");
        valid.put("trips.txt", "route_id,service_id,trip_id\nR1,WD,T1\nR1,XMAS,T2\n");
        valid.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                + "T1,6:00:00,6:00:00,S1,1\nT2,6:00:00,6:00:00,S1,1\n");
        String calendar = "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n";
        valid.put("calendar.txt", calendar + "WD,1,1,1,1,1,0,0,20261201,20271130\n");
        valid.put("calendar_dates.txt", "service_id,date,exception_type\nXMAS,20261225,1\nWD,20261225,2\n");
        GtfsFeed feed = GtfsReader.read(Zips.of(valid));
        assertEquals(List.of(new GtfsFeed.Service("WD", "1111100", LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 11, 30))), feed.services());
        assertEquals(new GtfsFeed.ServiceDate("XMAS", LocalDate.of(2026, 12, 25), true),
                feed.serviceDates().get(0));

        assertRefused(valid, "trips.txt", "route_id,service_id,trip_id\nR1,SUNDAY,T1\nR1,WD,T2\n",
                "trips.txt line 2: service_id 'SUNDAY' names nothing");
        assertRefused(valid, "calendar.txt", calendar + "WD,1,1,1,1,1,0,2,20261201,20271130\n",
                "calendar.txt line 2: sunday '2' is not one of [0, 1]");
        assertRefused(valid, "calendar.txt", calendar + "WD,1,1,1,1,1,0,0,2026-12-01,20271130\n",
                "start_date '2026-12-01' is not a date");
        assertRefused(valid, "calendar.txt", calendar + "WD,1,1,1,1,1,0,0,20271201,20261130\n",
                "end_date lies before start_date");
        assertRefused(valid, "calendar_dates.txt", "service_id,date,exception_type\nXMAS,20261225,3\n",
                "exception_type '3' is not one of [1, 2]");
        assertRefused(valid, "calendar_dates.txt", "service_id,date,exception_type\nXMAS,20261225,1\n"
                + "XMAS,20261225,2\n", "occurs twice");
        assertRefused(valid, "agency.txt", "agency_name,agency_url,agency_timezone\nSTOAG,https://www.stoag.de,"
                + "Mitteleuropa\n", "agency.txt line 2: agency_timezone 'Mitteleuropa' is not a time zone");
        assertRefused(valid, "agency.txt", "agency_id,agency_name,agency_url,agency_timezone\nA,A,https://a,"
                + "Europe/Berlin\nB,B,https://b,Europe/London\n", "share one agency_timezone");
    }

    @Test
    void somethingElseThanAZipIsRefused() {
        assertThrows(GtfsException.class, () -> GtfsReader.read(new ByteArrayInputStream(
                "stop_id,stop_name\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aZipBombIsRefusedAfterAFewMegabytes() throws IOException {
        for (String file : List.of("stop_times.txt", "shapes.txt")) {
            byte[] bomb = Zips.bomb(file, 1L << 28);
            GtfsTooLarge refused = assertThrows(GtfsTooLarge.class,
                    () -> GtfsReader.read(new ByteArrayInputStream(bomb)));
            assertTrue(refused.getMessage().contains("zip bomb") && refused.getMessage().contains(file),
                    refused.getMessage());
        }
    }

    @Test
    void tooLargeOrTooManyFilesAreRefused() throws IOException {
        StringBuilder stops = new StringBuilder("stop_id,stop_name,stop_lat,stop_lon\n");
        java.util.Random random = new java.util.Random(7);
        while (stops.length() < 2 * 1024 * 1024) {
            stops.append(Long.toHexString(random.nextLong())).append(",x,51.4,6.8\n");
        }
        GtfsReader.Limits oneMegabyte = new GtfsReader.Limits(1024 * 1024, 100, 100);
        GtfsTooLarge large = assertThrows(GtfsTooLarge.class,
                () -> GtfsReader.read(Zips.of(Map.of("stops.txt", stops.toString())), oneMegabyte));
        assertTrue(large.getMessage().contains("more than 1 MB"), large.getMessage());

        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 101; i++) {
            many.put("extra-" + i + ".txt", "x");
        }
        GtfsTooLarge entries = assertThrows(GtfsTooLarge.class, () -> GtfsReader.read(Zips.of(many)));
        assertTrue(entries.getMessage().contains("more than 100 entries"), entries.getMessage());
    }

    private static void assertRefused(Map<String, String> valid, String file, String content, String reason) {
        Map<String, String> files = new LinkedHashMap<>(valid);
        if (content == null) {
            files.remove(file);
        } else {
            files.put(file, content);
        }
        GtfsException e = assertThrows(GtfsException.class, () -> GtfsReader.read(Zips.of(files)));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
