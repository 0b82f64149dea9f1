package org.stadtkern.hinweg.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** GTFS-ride ridership.txt: totals per route and stop, shown as the publication rule allows. */
class RidershipTest {

    private static final List<Ridership.Total> TOTALS = List.of(new Ridership.Total("AB", "BEATTY_AIRPORT", 12, 3),
            new Ridership.Total("AB", "STAGECOACH", 2, 11), new Ridership.Total("CITY", "EMSI", 40, 38));
    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Test
    void theTenantsUsersGetTheCounts() {
        assertEquals("""
                total_boardings,total_alightings,ridership_start_date,ridership_end_date,route_id,stop_id
                12,3,20261101,20261130,AB,BEATTY_AIRPORT
                2,11,20261101,20261130,AB,STAGECOACH
                40,38,20261101,20261130,CITY,EMSI
                """, Ridership.of(TOTALS, OptionalLong::of, FROM, TO));
    }

    @Test
    void thePublicGetsRoundedCounts() {
        assertEquals("""
                total_boardings,total_alightings,ridership_start_date,ridership_end_date,route_id,stop_id
                10,5,20261101,20261130,AB,BEATTY_AIRPORT
                0,10,20261101,20261130,AB,STAGECOACH
                40,40,20261101,20261130,CITY,EMSI
                """, Ridership.of(TOTALS, count -> OptionalLong.of(Math.round(count / 5.0) * 5), FROM, TO));
    }

    @Test
    void aRecordWithASuppressedCountIsLeftOut() {
        assertEquals("""
                total_boardings,total_alightings,ridership_start_date,ridership_end_date,route_id,stop_id
                40,38,20261101,20261130,CITY,EMSI
                """, Ridership.of(TOTALS, count -> count < 5 ? OptionalLong.empty() : OptionalLong.of(count), FROM,
                TO));
    }
}
