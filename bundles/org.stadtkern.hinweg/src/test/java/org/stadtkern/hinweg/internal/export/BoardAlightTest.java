package org.stadtkern.hinweg.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.stadtkern.hinweg.internal.load.CountedEvent;
import org.stadtkern.hinweg.internal.load.DoorEvent;

/** board_alight.txt as GTFS-ride defines it, read back with a CSV parser. */
class BoardAlightTest {

    /** A door event of the bus serving the trip (bus-1 on T1, bus-2 on T2). */
    private static CountedEvent event(String sensor, String trip, String stop, int sequence, String time,
            int in, int out) {
        String vehicle = trip.equals("T1") ? "bus-1" : "bus-2";
        return new CountedEvent(new DoorEvent(sensor, vehicle, trip, stop, Instant.parse(time), in, out), sequence);
    }

    @Test
    void oneRecordPerTripAndCountedStopWithTheLoad() throws Exception {
        String file = BoardAlight.of(List.of(
                event("d1", "T1", "S_B", 2, "2026-11-30T06:10:00Z", 2, 4),
                event("d1", "T1", "S_A", 1, "2026-11-30T06:00:00Z", 5, 0),
                event("d2", "T1", "S_A", 1, "2026-11-30T06:00:05Z", 1, 0),
                event("d9", "T2", "S_C", 3, "2026-11-30T07:00:00Z", 0, 3)), trip -> 3, LocalDate.of(2026, 11, 30),
                ZoneOffset.UTC);

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(file)).getRecords();
        assertEquals(List.of("trip_id", "stop_id", "stop_sequence", "record_use", "boardings", "alightings",
                "current_load", "service_date"), records.get(0).getParser().getHeaderNames());
        assertEquals(3, records.size());
        assertEquals(List.of("T1", "S_A", "1", "0", "6", "0", "6", "20261130"), records.get(0).toList());
        assertEquals(List.of("T1", "S_B", "2", "0", "2", "4", "4", "20261130"), records.get(1).toList());
        assertEquals(List.of("T2", "S_C", "3", "0", "0", "3", "0", "20261130"), records.get(2).toList(),
                "at the last stop everyone is off");
    }

    /**
     * A run belongs to the service day of its first stop, also past midnight; the day before's run
     * that ends after midnight, and the next morning's run of the same trip and bus, are not this day's.
     */
    @Test
    void aRunPastMidnightBelongsToTheDayItStarted() throws Exception {
        List<CountedEvent> window = List.of(
                event("d1", "T1", "S_A", 1, "2026-11-29T23:45:00Z", 3, 0),
                event("d1", "T1", "S_B", 2, "2026-11-30T00:10:00Z", 0, 3),
                event("d1", "T1", "S_A", 1, "2026-11-30T23:50:00Z", 6, 0),
                event("d1", "T1", "S_B", 2, "2026-12-01T00:10:00Z", 1, 6),
                event("d1", "T1", "S_A", 1, "2026-12-01T05:00:00Z", 2, 0));
        List<List<String>> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(BoardAlight.of(window, trip -> 3, LocalDate.of(2026, 11, 30),
                        ZoneOffset.UTC))).getRecords().stream().map(CSVRecord::toList).toList();
        assertEquals(List.of(List.of("T1", "S_A", "1", "0", "6", "0", "6", "20261130"),
                List.of("T1", "S_B", "2", "0", "1", "6", "1", "20261130")), records);
    }
}
