package org.stadtkern.hinweg.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
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
                event("d9", "T2", "S_C", 3, "2026-11-30T07:00:00Z", 0, 3)), trip -> 3, LocalDate.of(2026, 11, 30));

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
}
