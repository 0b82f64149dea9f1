package org.stadtkern.hinweg.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stadtkern.hinweg.internal.gtfs.GtfsReader;
import org.stadtkern.hinweg.internal.gtfs.Zips;
import org.stadtkern.core.api.measure.Jdbc;

/**
 * Departures by the feed's service calendar, in a real H2 database with the bundle's schema: a
 * weekday service, a weekend service, a holiday removed and an extra day added, trips after midnight.
 */
class NetworkStoreTest {

    private static final String TENANT = "oberhausen";
    /** Monday 2026-11-30; Sunday 2026-12-06; 2026-12-25 a Friday (holiday). */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private NetworkStore network;

    @BeforeEach
    void importFeed() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:network" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        migrate(h2);
        network = new NetworkStore(Jdbc.on(h2));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("agency.txt", "agency_name,agency_url,agency_timezone\nSTOAG,https://www.stoag.de,Europe/Berlin\n");
        files.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nHBF,Hauptbahnhof,51.47,6.85\n"
                + "CENTRO,Neue Mitte,51.49,6.87\n");
        files.put("routes.txt", "route_id,route_short_name,route_long_name,route_type\n956,956,HBF - Centro,3\n");
        files.put("calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,"
                + "start_date,end_date\nWEEKDAY,1,1,1,1,1,0,0,20260101,20261231\n"
                + "WEEKEND,0,0,0,0,0,1,1,20260101,20261231\n");
        files.put("calendar_dates.txt", "service_id,date,exception_type\nWEEKDAY,20261225,2\nWEEKEND,20261225,1\n");
        files.put("trips.txt", "route_id,service_id,trip_id,trip_headsign\n956,WEEKDAY,W1,Centro\n"
                + "956,WEEKDAY,W-NIGHT,Centro\n956,WEEKEND,S1,Centro\n");
        files.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                + "W1,07:00:00,07:00:00,HBF,1\nW1,07:10:00,07:10:00,CENTRO,2\n"
                + "W-NIGHT,24:20:00,24:20:00,HBF,1\nW-NIGHT,24:30:00,24:30:00,CENTRO,2\n"
                + "S1,09:00:00,09:00:00,HBF,1\nS1,09:10:00,09:10:00,CENTRO,2\n");
        network.replace(TENANT, GtfsReader.read(Zips.of(files)));
    }

    private static int migrate(JdbcDataSource h2) throws java.sql.SQLException {
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            int version = 1;
            for (; NetworkStoreTest.class.getResource("/db/hinweg/V" + version + ".sql") != null; version++) {
                try (InputStream in = NetworkStoreTest.class.getResourceAsStream("/db/hinweg/V" + version + ".sql")) {
                    String script = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .replaceAll("(?m)^\\s*--.*$", "");
                    for (String sql : script.split(";\\s*\n")) {
                        if (!sql.isBlank()) {
                            statement.execute(sql);
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return version - 1;
        }
    }

    private List<String> departures(LocalDate date, int from) throws Exception {
        return network.departures(TENANT, "HBF", date, from, 10).stream().map(d -> d.tripId() + "@" + d.time())
                .toList();
    }

    @Test
    void weekdayTripsRunOnWeekdaysAndTheNightTripAfterMidnight() throws Exception {
        assertEquals(List.of("W1@07:00", "W-NIGHT@00:20"), departures(MONDAY, 6 * 3600),
                "the night trip of Monday's service leaves after midnight (24:20)");
        assertEquals(List.of("W-NIGHT@00:20", "W1@07:00"), departures(MONDAY.plusDays(1), 0).subList(0, 2),
                "on Tuesday, Monday's night trip comes first");
    }

    @Test
    void tripsThatEndAtTheStopAreNotDepartures() throws Exception {
        // every trip ends at CENTRO: a display there shows no departures (before: all three, headsign "Centro")
        assertEquals(List.of(), network.departures(TENANT, "CENTRO", MONDAY, 0, 10));
        assertEquals(List.of("W1@07:00", "W-NIGHT@00:20"), departures(MONDAY, 6 * 3600));
    }

    @Test
    void stopIdsForTheConsoleAreTheTenantsOwnInOrder() throws Exception {
        assertEquals(List.of("CENTRO", "HBF"), network.stopIds(TENANT, 10));
        assertEquals(List.of("CENTRO"), network.stopIds(TENANT, 1));
        assertEquals(List.of(), network.stopIds("bottrop", 10));
    }

    @Test
    void weekendTripsRunOnWeekends() throws Exception {
        assertEquals(List.of("S1@09:00"), departures(MONDAY.plusDays(6), 6 * 3600));
        assertEquals(List.of("W-NIGHT@00:20", "S1@09:00"), departures(MONDAY.plusDays(5), 0),
                "Saturday: Friday's night trip, then the weekend service");
    }

    @Test
    void calendarDatesRemoveAndAddServices() throws Exception {
        assertEquals(List.of("W-NIGHT@00:20", "S1@09:00"), departures(LocalDate.of(2026, 12, 25), 0),
                "Christmas, a Friday: the night trip of Thursday's service, then the weekend service instead of "
                        + "the weekday service (and its night trip)");
        assertEquals(List.of("W1@07:00", "W-NIGHT@00:20"), departures(LocalDate.of(2026, 12, 24), 6 * 3600));
    }

    @Test
    void timesAreReadInTheFeedsTimeZone() throws Exception {
        assertEquals(java.time.ZoneId.of("Europe/Berlin"), network.zone(TENANT));
        assertEquals(java.time.ZoneId.systemDefault(), network.zone("another-tenant"), "no feed: the runtime's");
    }

    @Test
    void nothingRunsOutsideTheCalendarsValidity() throws Exception {
        assertEquals(List.of(), departures(LocalDate.of(2027, 1, 4), 6 * 3600));
    }
}
