package org.stadtkern.hinweg.internal.realtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.stadtkern.hinweg.internal.gtfs.GtfsFeed;
import org.stadtkern.hinweg.internal.load.VehicleState;

import com.google.transit.realtime.GtfsRealtime.FeedEntity;
import com.google.transit.realtime.GtfsRealtime.FeedHeader;
import com.google.transit.realtime.GtfsRealtime.FeedMessage;
import com.google.transit.realtime.GtfsRealtime.Position;
import com.google.transit.realtime.GtfsRealtime.TripDescriptor;
import com.google.transit.realtime.GtfsRealtime.VehicleDescriptor;
import com.google.transit.realtime.GtfsRealtime.VehiclePosition;

/**
 * The GTFS-Realtime VehiclePositions feed (full dataset, GTFS-Realtime 2.0) built with the official
 * bindings: one entity per vehicle counted recently, with its trip and route, the latest counted stop
 * (its position, stop_id and stop_sequence), the occupancy_status and the coarse
 * occupancy_percentage; the exact load is not in it.
 */
public final class VehiclePositions {

    private VehiclePositions() {
    }

    /**
     * The feed of the vehicles' states.
     *
     * @param stops the stops by id, for the vehicles' positions (a stop missing: no position)
     */
    public static FeedMessage of(List<VehicleState> states, Function<String, GtfsFeed.Stop> stops, Instant now) {
        FeedMessage.Builder feed = FeedMessage.newBuilder().setHeader(FeedHeader.newBuilder()
                .setGtfsRealtimeVersion("2.0").setIncrementality(FeedHeader.Incrementality.FULL_DATASET)
                .setTimestamp(now.getEpochSecond()));
        for (VehicleState state : states) {
            VehiclePosition.Builder position = VehiclePosition.newBuilder()
                    .setTrip(TripDescriptor.newBuilder().setTripId(state.trip()).setRouteId(state.route()))
                    .setVehicle(VehicleDescriptor.newBuilder().setId(state.vehicle()))
                    .setStopId(state.stop())
                    .setCurrentStopSequence(state.stopSequence())
                    .setTimestamp(state.at().getEpochSecond())
                    .setOccupancyStatus(state.level() == null ? VehiclePosition.OccupancyStatus.NO_DATA_AVAILABLE
                            : VehiclePosition.OccupancyStatus.valueOf(state.level().name()));
            if (state.percentage() != null) {
                position.setOccupancyPercentage(state.percentage());
            }
            GtfsFeed.Stop stop = stops.apply(state.stop());
            if (stop != null) {
                position.setPosition(Position.newBuilder().setLatitude((float) stop.latitude())
                        .setLongitude((float) stop.longitude()));
            }
            feed.addEntity(FeedEntity.newBuilder().setId(state.vehicle()).setVehicle(position));
        }
        return feed.build();
    }

    /** The feed as JSON with the field names of gtfs-realtime.proto, for apps that read no protobuf. */
    public static Map<String, Object> json(FeedMessage feed) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("gtfs_realtime_version", feed.getHeader().getGtfsRealtimeVersion());
        header.put("incrementality", feed.getHeader().getIncrementality().name());
        header.put("timestamp", feed.getHeader().getTimestamp());
        List<Map<String, Object>> entities = new ArrayList<>();
        for (FeedEntity entity : feed.getEntityList()) {
            VehiclePosition vehicle = entity.getVehicle();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("trip", Map.of("trip_id", vehicle.getTrip().getTripId(), "route_id",
                    vehicle.getTrip().getRouteId()));
            json.put("vehicle", Map.of("id", vehicle.getVehicle().getId()));
            if (vehicle.hasPosition()) {
                json.put("position", Map.of("latitude", vehicle.getPosition().getLatitude(), "longitude",
                        vehicle.getPosition().getLongitude()));
            }
            json.put("current_stop_sequence", vehicle.getCurrentStopSequence());
            json.put("stop_id", vehicle.getStopId());
            json.put("timestamp", vehicle.getTimestamp());
            json.put("occupancy_status", vehicle.getOccupancyStatus().name());
            if (vehicle.hasOccupancyPercentage()) {
                json.put("occupancy_percentage", vehicle.getOccupancyPercentage());
            }
            entities.add(Map.of("id", entity.getId(), "vehicle", json));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("header", header);
        json.put("entity", entities);
        return json;
    }
}
