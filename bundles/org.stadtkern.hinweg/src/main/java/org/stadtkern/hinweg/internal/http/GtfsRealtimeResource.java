package org.stadtkern.hinweg.internal.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Resource;
import org.stadtkern.hinweg.internal.ingest.DoorEvents;
import org.stadtkern.hinweg.internal.load.VehicleState;
import org.stadtkern.hinweg.internal.realtime.VehiclePositions;
import org.stadtkern.hinweg.internal.store.NetworkStore;

import com.google.transit.realtime.GtfsRealtime.FeedMessage;

/**
 * {@code GET /api/hinweg/gtfs-rt/vehicle-positions}: the GTFS-Realtime VehiclePositions feed of the
 * vehicles counted in the last {@value #RECENT_HOURS} hours, as protobuf
 * ({@code application/x-protobuf}), or with {@code ?format=json} as JSON. Open data.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-hinweg-gtfs-rt")
@HttpWhiteboardServletPattern("/api/hinweg/gtfs-rt/vehicle-positions")
public final class GtfsRealtimeResource extends Resource {

    private static final long serialVersionUID = 1L;
    static final int RECENT_HOURS = 2;

    private final transient DoorEvents events;
    private final transient NetworkStore network;

    @Activate
    public GtfsRealtimeResource(@Reference AccessControl access, @Reference DoorEvents events,
            @Reference NetworkStore network) {
        super(access);
        this.events = events;
        this.network = network;
        handle("GET", "", null, this::feed);
    }

    private Object feed(Call call) throws IOException {
        Instant now = Instant.now();
        List<VehicleState> recent = events.vehicles().stream()
                .filter(state -> state.at().isAfter(now.minus(Duration.ofHours(RECENT_HOURS)))).toList();
        FeedMessage feed;
        try {
            feed = VehiclePositions.of(recent, stop -> {
                try {
                    return network.stop(events.tenant(), stop).orElse(null);
                } catch (SQLException e) {
                    throw new UncheckedIOException(new IOException(e));
                }
            }, now);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if ("json".equals(call.parameter("format"))) {
            return VehiclePositions.json(feed);
        }
        HttpServletResponse response = call.response();
        response.setStatus(200);
        response.setContentType("application/x-protobuf");
        response.setHeader("Cache-Control", "no-store");
        feed.writeTo(response.getOutputStream());
        return WRITTEN;
    }
}
