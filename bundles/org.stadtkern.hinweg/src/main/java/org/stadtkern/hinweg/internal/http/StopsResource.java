package org.stadtkern.hinweg.internal.http;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.http.ApiServlet;
import org.stadtkern.core.api.http.Callers;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.hinweg.internal.gtfs.GtfsFeed;
import org.stadtkern.hinweg.internal.ingest.DoorEvents;
import org.stadtkern.hinweg.internal.load.VehicleState;
import org.stadtkern.hinweg.internal.store.NetworkStore;

/**
 * {@code GET /api/hinweg/stops/{id}/departures?from=HH:MM&limit=8}: the next departures at a stop
 * (scheduled, from the GTFS feed; from now in the runtime's time zone unless {@code from} is given)
 * with the occupancy of the vehicle serving each trip where one has been counted. Open data, for
 * the stop display ({@code /hinweg/stop.html?stop={id}}) and apps.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-hinweg-stops")
@HttpWhiteboardServletPattern("/api/hinweg/stops/*")
public final class StopsResource extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient AccessControl access;
    private final transient NetworkStore network;
    private final transient DoorEvents events;

    @Activate
    public StopsResource(@Reference AccessControl access, @Reference NetworkStore network,
            @Reference DoorEvents events) {
        this.access = access;
        this.network = network;
        this.events = events;
    }

    @Override
    protected Object get(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        Callers.of(access, request);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.matches("/[^/]{1,255}/departures")) {
            throw Problem.notFound("Departures are at /api/hinweg/stops/{id}/departures.");
        }
        String stopId = path.substring(1, path.length() - "/departures".length());
        int limit = intParameter(request, "limit", 8, 1, 50);
        int from = from(request.getParameter("from"));
        try {
            GtfsFeed.Stop stop = network.stop(events.tenant(), stopId)
                    .orElseThrow(() -> Problem.notFound("No stop '" + stopId + "' in the network."));
            List<Map<String, Object>> departures = new ArrayList<>();
            for (NetworkStore.Departure departure : network.departures(events.tenant(), stopId, from, limit)) {
                departures.add(view(departure, events.vehicles().stream()
                        .filter(v -> v.trip().equals(departure.tripId()) && !v.ended()).findFirst()));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("stop", stopId);
            body.put("name", stop.name());
            body.put("departures", departures);
            return body;
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private static Map<String, Object> view(NetworkStore.Departure departure, Optional<VehicleState> vehicle) {
        Map<String, Object> view = new LinkedHashMap<>();
        int seconds = departure.departure();
        view.put("time", String.format("%02d:%02d", seconds / 3600 % 24, seconds / 60 % 60));
        view.put("route", departure.routeName().isEmpty() ? departure.routeId() : departure.routeName());
        view.put("headsign", departure.headsign());
        view.put("trip", departure.tripId());
        view.put("occupancyStatus", vehicle.map(v -> v.level() == null ? "NO_DATA_AVAILABLE" : v.level().name())
                .orElse("NO_DATA_AVAILABLE"));
        view.put("occupancyPercentage", vehicle.map(VehicleState::percentage).orElse(null));
        return view;
    }

    private static int from(String text) throws Problem {
        if (text == null) {
            return LocalTime.now(ZoneId.systemDefault()).toSecondOfDay();
        }
        try {
            return LocalTime.parse(text).toSecondOfDay();
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("from must be a time of day such as 07:30.");
        }
    }
}
