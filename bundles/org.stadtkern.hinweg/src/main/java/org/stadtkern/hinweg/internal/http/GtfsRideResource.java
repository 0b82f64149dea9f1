package org.stadtkern.hinweg.internal.http;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongFunction;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Representation;
import org.stadtkern.core.api.http.Resource;
import org.stadtkern.hinweg.internal.export.BoardAlight;
import org.stadtkern.hinweg.internal.export.Ridership;
import org.stadtkern.hinweg.internal.load.CountedEvent;
import org.stadtkern.hinweg.internal.store.DoorEventStore;
import org.stadtkern.hinweg.internal.store.NetworkStore;

/**
 * GTFS-ride exports. {@code GET /api/hinweg/gtfs-ride/board_alight.txt?date=2026-11-30}: the
 * counts of one service day per trip and stop, for the tenant's users (raw counts are internal; the
 * read is recorded in the audit log). {@code GET /api/hinweg/gtfs-ride/ridership.txt?from=...&to=...}:
 * total boardings and alightings per route and stop over up to a year, for everyone: the tenant's
 * users get the counts (audited), everyone else the counts as the publication rule of the open
 * dataset {@code ridership} allows (rounded, or suppressed records left out).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-hinweg-gtfs-ride")
@HttpWhiteboardServletPattern("/api/hinweg/gtfs-ride/*")
public final class GtfsRideResource extends Resource {

    private static final long serialVersionUID = 1L;
    /** The dataset of the raw door counts, as data sovereignty knows it. */
    static final String DATASET = "passenger-counts";
    /** The open dataset of the ridership totals, whose publication rule applies to outsiders. */
    static final String OPEN_DATASET = "ridership";
    private static final int MAX_DAYS = 366;

    private final transient AccessControl access;
    private final transient DoorEventStore events;
    private final transient NetworkStore network;
    private final transient String defaultTenant;

    @Activate
    public GtfsRideResource(@Reference AccessControl access, @Reference DoorEventStore events,
            @Reference NetworkStore network, @Reference Tenancy tenancy) {
        super(access);
        this.access = access;
        this.events = events;
        this.network = network;
        this.defaultTenant = tenancy.defaultTenant();
        handle("GET", "/board_alight.txt", Role.READER, this::boardAlight);
        handle("GET", "/ridership.txt", null, this::ridership);
    }

    private int lastStop(String tenant, String trip) {
        try {
            List<Map.Entry<Integer, String>> stops = network.stops(tenant, trip);
            return stops.isEmpty() ? Integer.MAX_VALUE : stops.get(stops.size() - 1).getKey();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object boardAlight(Call call) throws Problem, SQLException {
        Caller caller = call.caller();
        ZoneId zone = network.zone(caller.tenant());
        LocalDate date = day(call, "date", LocalDate.now(zone));
        List<CountedEvent> counted = events.between(caller.tenant(),
                date.atStartOfDay(zone).toInstant().minus(BoardAlight.SPILL),
                date.plusDays(1).atStartOfDay(zone).toInstant().plus(BoardAlight.SPILL));
        access.recordRead(caller, new DatasetRef(caller.tenant(), DATASET), "GTFS-ride board_alight of " + date);
        call.response().setHeader("Content-Disposition", "attachment; filename=\"board_alight.txt\"");
        return new Representation("text/csv", BoardAlight.of(counted, trip -> lastStop(caller.tenant(), trip),
                date, zone));
    }

    private Object ridership(Call call) throws Problem, SQLException {
        Caller caller = call.caller();
        boolean member = !caller.isAnonymous() && caller.has(Role.READER);
        String tenant = member ? caller.tenant() : defaultTenant;
        ZoneId zone = network.zone(tenant);
        LocalDate to = day(call, "to", LocalDate.now(zone));
        LocalDate from = day(call, "from", to.withDayOfMonth(1));
        if (from.isAfter(to) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw Problem.badRequest("from must be a day before to, at most " + MAX_DAYS + " days apart.");
        }
        List<Ridership.Total> totals = events.ridership(tenant, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        LongFunction<OptionalLong> published;
        if (member) {
            access.recordRead(caller, new DatasetRef(tenant, DATASET), "GTFS-ride ridership " + from + " to " + to);
            published = OptionalLong::of;
        } else {
            DatasetRef open = new DatasetRef(tenant, OPEN_DATASET);
            published = count -> access.publishedCount(open, count);
        }
        call.response().setHeader("Content-Disposition", "attachment; filename=\"ridership.txt\"");
        return new Representation("text/csv", Ridership.of(totals, published, from, to));
    }

    private static LocalDate day(Call call, String parameter, LocalDate otherwise) throws Problem {
        String value = call.parameter(parameter);
        try {
            return value == null ? otherwise : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(parameter + " must be a day such as 2026-11-30.");
        }
    }
}
