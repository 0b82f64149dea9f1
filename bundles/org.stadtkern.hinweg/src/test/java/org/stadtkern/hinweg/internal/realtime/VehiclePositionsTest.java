package org.stadtkern.hinweg.internal.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stadtkern.hinweg.internal.gtfs.GtfsFeed;
import org.stadtkern.hinweg.internal.load.Occupancy;
import org.stadtkern.hinweg.internal.load.VehicleState;

import com.google.transit.realtime.GtfsRealtime.FeedMessage;
import com.google.transit.realtime.GtfsRealtime.VehiclePosition;

/** The feed, written as protobuf and read back with the official bindings, says what the states say. */
class VehiclePositionsTest {

    private static final Instant AT = Instant.parse("2026-11-30T08:15:00Z");

    @Test
    void aFeedOfTwoVehiclesReadBackWithTheBindings() throws Exception {
        List<VehicleState> states = List.of(
                new VehicleState("bus-1", "STBA", "STBA", "STAGECOACH", 1, 6, Occupancy.Level.MANY_SEATS_AVAILABLE,
                        30, AT, false),
                new VehicleState("bus-2", "AB1", "AB", "NOWHERE", 2, 3, null, null, AT, false));
        Map<String, GtfsFeed.Stop> stops = Map.of("STAGECOACH", new GtfsFeed.Stop("STAGECOACH", "Stagecoach",
                36.915682, -116.751677));

        byte[] protobuf = VehiclePositions.of(states, stops::get, AT.plusSeconds(5)).toByteArray();
        FeedMessage feed = FeedMessage.parseFrom(protobuf);

        assertEquals("2.0", feed.getHeader().getGtfsRealtimeVersion());
        assertEquals(AT.getEpochSecond() + 5, feed.getHeader().getTimestamp());
        VehiclePosition first = feed.getEntity(0).getVehicle();
        assertEquals("STBA", first.getTrip().getTripId());
        assertEquals("bus-1", first.getVehicle().getId());
        assertEquals(1, first.getCurrentStopSequence());
        assertEquals(VehiclePosition.OccupancyStatus.MANY_SEATS_AVAILABLE, first.getOccupancyStatus());
        assertEquals(30, first.getOccupancyPercentage());
        assertEquals(36.915682, first.getPosition().getLatitude(), 1e-5);
        VehiclePosition second = feed.getEntity(1).getVehicle();
        assertEquals(VehiclePosition.OccupancyStatus.NO_DATA_AVAILABLE, second.getOccupancyStatus());
        assertFalse(second.hasOccupancyPercentage());
        assertFalse(second.hasPosition(), "an unknown stop gives no position");

        Map<String, Object> json = VehiclePositions.json(feed);
        assertTrue(json.toString().contains("occupancy_status=MANY_SEATS_AVAILABLE"), json.toString());
    }
}
