package org.stadtkern.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stadtkern.hinweg.internal.gtfs.GtfsFeed;
import org.stadtkern.hinweg.internal.gtfs.GtfsReader;

/** The demo network is a GTFS feed Hin &amp; Weg imports, and no bus serves two trips at once. */
class DemoNetworkTest {

    @Test
    void theFeedIsReadByHinwegsGtfsReader() throws Exception {
        GtfsFeed feed = GtfsReader.read(new ByteArrayInputStream(DemoNetwork.gtfs()));
        assertEquals(5, feed.stops().size());
        assertEquals(java.time.ZoneId.of("Europe/Berlin"), feed.timezone());
        assertEquals(List.of("956", "962"), feed.routes().stream().map(GtfsFeed.Route::id).toList());
        int tripsPerDirection = (DemoNetwork.LAST - DemoNetwork.FIRST) / DemoNetwork.HEADWAY + 1;
        assertEquals(4 * tripsPerDirection, feed.trips().size());
        assertEquals(2 * tripsPerDirection * (4 + 3), feed.stopTimes().size());
        assertTrue(feed.stopTimes().stream().anyMatch(t -> t.tripId().equals("956-R-0730")
                && t.stopId().equals("OB-hauptbahnhof") && t.stopSequence() == 4 && t.departure() == 7 * 3600
                + 47 * 60), "the way back ends at Hauptbahnhof 17 minutes later");
    }

    @Test
    void aBusEndsItsTripBeforeItsNextStarts() {
        Map<String, Integer> busyUntil = new HashMap<>();
        for (DemoNetwork.Trip trip : DemoNetwork.trips()) {
            Integer free = busyUntil.get(trip.vehicle());
            assertTrue(free == null || free < trip.departure(0), trip.id() + " of " + trip.vehicle());
            busyUntil.put(trip.vehicle(), trip.departure(trip.stops().size() - 1));
        }
        assertEquals(12, DemoNetwork.vehicles().size());
    }
}
