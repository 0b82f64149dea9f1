package org.stadtkern.hinweg.internal.http;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.http.Call;
import org.stadtkern.core.api.http.Problem;
import org.stadtkern.core.api.http.Resource;
import org.stadtkern.hinweg.internal.gtfs.GtfsFeed;
import org.stadtkern.hinweg.internal.ingest.DoorEvents;
import org.stadtkern.hinweg.internal.ingest.StopCounts;
import org.stadtkern.hinweg.internal.load.Capacity;
import org.stadtkern.hinweg.internal.load.CountedEvent;
import org.stadtkern.hinweg.internal.load.UsualOccupancy;
import org.stadtkern.hinweg.internal.load.VehicleState;
import org.stadtkern.hinweg.internal.store.DoorEventStore;
import org.stadtkern.hinweg.internal.store.NetworkStore;

/**
 * {@code GET /api/hinweg/stops/{id}/departures?from=HH:MM&limit=8}: the next departures at a stop
 * today (scheduled: the trips the GTFS calendar runs today, and yesterday's after midnight; from now in
 * the feed's time zone unless {@code from} is given)
 * with the occupancy of the vehicle serving each trip where one has been counted, and how full that
 * route usually is then ({@code usually}). {@code GET /api/hinweg/stops/{id}/usual}: the usual
 * occupancy per route, weekday and hour from the counts of the last {@value #WEEKS} weeks (slots
 * with at least three counted trips). Open data, for the stop display and apps.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("stadtkern-hinweg-stops")
@HttpWhiteboardServletPattern("/api/hinweg/stops/*")
public final class StopsResource extends Resource {

    private static final long serialVersionUID = 1L;
    static final int WEEKS = 8;
    static final int USUAL_TTL_MINUTES = 5;

    private final transient NetworkStore network;
    private final transient DoorEvents events;
    private final transient DoorEventStore doorEvents;
    private final transient StopCounts stopCounts;
    private final transient Map<String, CachedUsual> usualByStop = new java.util.concurrent.ConcurrentHashMap<>();

    @Activate
    public StopsResource(@Reference AccessControl access, @Reference NetworkStore network,
            @Reference DoorEvents events, @Reference DoorEventStore doorEvents, @Reference StopCounts stopCounts) {
        super(access);
        this.network = network;
        this.events = events;
        this.doorEvents = doorEvents;
        this.stopCounts = stopCounts;
        handle("GET", "/{id}/departures", null, this::departures);
        handle("GET", "/{id}/usual", null, this::usualOccupancy);
    }

    private Object usualOccupancy(Call call) throws Problem, SQLException {
        String stopId = call.path("id");
        network.stop(events.tenant(), stopId)
                .orElseThrow(() -> Problem.notFound("No stop '" + stopId + "' in the network."));
        return usual(stopId).stream().map(StopsResource::view).toList();
    }

    private Object departures(Call call) throws Problem, SQLException {
        String stopId = call.path("id");
        int limit = call.intParameter("limit", 8, 1, 50);
        ZoneId zone = network.zone(events.tenant());
        int from = from(call.parameter("from"), zone);
        GtfsFeed.Stop stop = network.stop(events.tenant(), stopId)
                .orElseThrow(() -> Problem.notFound("No stop '" + stopId + "' in the network."));
        List<UsualOccupancy.Slot> usual = usualForDisplays(stopId);
        LocalDate date = LocalDate.now(zone);
        DayOfWeek today = date.getDayOfWeek();
        List<Map<String, Object>> departures = new ArrayList<>();
        for (NetworkStore.Departure departure : network.departures(events.tenant(), stopId, date, from,
                limit)) {
            Map<String, Object> view = view(departure, events.onTrip(departure.tripId()));
            usual.stream().filter(slot -> slot.route().equals(departure.routeId()) && slot.weekday() == today
                    && slot.hour() == departure.departure() / 3600 % 24).findFirst()
                    .ifPresent(slot -> view.put("usually", Map.of("occupancyStatus", slot.level().name(),
                            "occupancyPercentage", slot.percentage())));
            departures.add(view);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stop", stopId);
        body.put("name", stop.name());
        body.put("crowding", stopCounts.crowding(stopId).map(c -> c.get("crowding")).orElse(null));
        body.put("departures", departures);
        return body;
    }

    /**
     * The usual occupancy for the departures, which stop displays ask for every 15 seconds: computed
     * at most every {@value #USUAL_TTL_MINUTES} minutes per stop (it changes by the week, not by the minute).
     */
    private List<UsualOccupancy.Slot> usualForDisplays(String stopId) throws SQLException {
        long now = System.currentTimeMillis();
        CachedUsual cached = usualByStop.get(stopId);
        if (cached == null || cached.until() < now) {
            cached = new CachedUsual(usual(stopId), now + USUAL_TTL_MINUTES * 60_000L);
            if (usualByStop.size() > 10_000) {
                usualByStop.clear();
            }
            usualByStop.put(stopId, cached);
        }
        return cached.slots();
    }

    private record CachedUsual(List<UsualOccupancy.Slot> slots, long until) {
    }

    /** The usual occupancy of the routes at the stop, from the counts of the last weeks. */
    private List<UsualOccupancy.Slot> usual(String stopId) throws SQLException {
        String tenant = events.tenant();
        List<CountedEvent> counted = doorEvents.tripsThrough(tenant, stopId,
                Instant.now().minus(Duration.ofDays(7L * WEEKS)));
        Map<String, Optional<Capacity>> capacities = new HashMap<>();
        List<UsualOccupancy.Passage> passages = UsualOccupancy.passages(stopId, counted,
                trip -> unchecked(() -> {
                    List<Map.Entry<Integer, String>> stops = network.stops(tenant, trip);
                    return stops.isEmpty() ? Integer.MAX_VALUE : stops.get(stops.size() - 1).getKey();
                }),
                trip -> unchecked(() -> network.trip(tenant, trip).map(NetworkStore.TripInfo::routeId).orElse(trip)),
                event -> capacities.computeIfAbsent(event.event().vehicle() + '\u0000' + event.event().trip(),
                        k -> unchecked(() -> events.capacity(event.event().vehicle(), event.event().trip()))));
        return UsualOccupancy.slots(passages, events.occupancy(), network.zone(events.tenant()));
    }

    private interface Query<T> {
        T get() throws SQLException;
    }

    private static <T> T unchecked(Query<T> query) {
        try {
            return query.get();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> view(UsualOccupancy.Slot slot) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("route", slot.route());
        view.put("weekday", slot.weekday().name());
        view.put("hour", slot.hour());
        view.put("trips", slot.trips());
        view.put("occupancyStatus", slot.level().name());
        view.put("occupancyPercentage", slot.percentage());
        return view;
    }

    private static Map<String, Object> view(NetworkStore.Departure departure, Optional<VehicleState> vehicle) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("time", departure.time());
        view.put("route", departure.routeName().isEmpty() ? departure.routeId() : departure.routeName());
        view.put("headsign", departure.headsign());
        view.put("trip", departure.tripId());
        view.put("occupancyStatus", vehicle.map(v -> v.level() == null ? "NO_DATA_AVAILABLE" : v.level().name())
                .orElse("NO_DATA_AVAILABLE"));
        view.put("occupancyPercentage", vehicle.map(VehicleState::percentage).orElse(null));
        return view;
    }

    private static int from(String text, ZoneId zone) throws Problem {
        if (text == null) {
            return LocalTime.now(zone).toSecondOfDay();
        }
        try {
            return LocalTime.parse(text).toSecondOfDay();
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("from must be a time of day such as 07:30.");
        }
    }
}
