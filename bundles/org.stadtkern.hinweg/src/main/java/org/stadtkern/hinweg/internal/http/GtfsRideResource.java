package org.stadtkern.hinweg.internal.http;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.ApiServlet;
import org.stadtkern.core.api.http.Callers;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Representation;
import org.stadtkern.hinweg.internal.export.BoardAlight;
import org.stadtkern.hinweg.internal.load.CountedEvent;
import org.stadtkern.hinweg.internal.store.DoorEventStore;
import org.stadtkern.hinweg.internal.store.NetworkStore;

/**
 * {@code GET /api/hinweg/gtfs-ride/board_alight.txt?date=2026-11-30}: the counts of one service day
 * as GTFS-ride board_alight.txt, for the tenant's users (raw counts are internal); the read is
 * recorded in the audit log.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-hinweg-gtfs-ride")
@HttpWhiteboardServletPattern("/api/hinweg/gtfs-ride/board_alight.txt")
public final class GtfsRideResource extends ApiServlet {

    private static final long serialVersionUID = 1L;
    /** The dataset of the raw door counts, as data sovereignty knows it. */
    static final String DATASET = "passenger-counts";

    private final transient AccessControl access;
    private final transient DoorEventStore events;
    private final transient NetworkStore network;

    @Activate
    public GtfsRideResource(@Reference AccessControl access, @Reference DoorEventStore events,
            @Reference NetworkStore network) {
        this.access = access;
        this.events = events;
        this.network = network;
    }

    private int lastStop(String tenant, String trip) {
        try {
            List<Map.Entry<Integer, String>> stops = network.stops(tenant, trip);
            return stops.isEmpty() ? Integer.MAX_VALUE : stops.get(stops.size() - 1).getKey();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Object get(HttpServletRequest request, HttpServletResponse response) throws Problem, IOException {
        Caller caller = Callers.withRole(access, request, Role.READER);
        ZoneId zone = ZoneId.systemDefault();
        LocalDate date;
        try {
            date = request.getParameter("date") == null ? LocalDate.now(zone)
                    : LocalDate.parse(request.getParameter("date"));
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("date must be a day such as 2026-11-30.");
        }
        try {
            List<CountedEvent> counted = events.between(caller.tenant(), date.atStartOfDay(zone).toInstant(),
                    date.plusDays(1).atStartOfDay(zone).toInstant());
            access.recordRead(caller, new DatasetRef(caller.tenant(), DATASET), "GTFS-ride board_alight of " + date);
            response.setHeader("Content-Disposition", "attachment; filename=\"board_alight.txt\"");
            return new Representation("text/csv", BoardAlight.of(counted, trip -> lastStop(caller.tenant(), trip),
                    date));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
