package org.stadtkern.hinweg.internal.ingest;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.MessagePublisher;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.core.api.measure.MqttInput;
import org.stadtkern.hinweg.internal.HinwegConfig;
import org.stadtkern.hinweg.internal.load.Capacity;
import org.stadtkern.hinweg.internal.load.CountedEvent;
import org.stadtkern.hinweg.internal.load.DoorEvent;
import org.stadtkern.hinweg.internal.load.LoadBook;
import org.stadtkern.hinweg.internal.load.Occupancy;
import org.stadtkern.hinweg.internal.load.VehicleState;
import org.stadtkern.hinweg.internal.platform.PlatformCopies;
import org.stadtkern.hinweg.internal.store.CountingSensor;
import org.stadtkern.hinweg.internal.store.DoorEventStore;
import org.stadtkern.hinweg.internal.store.FleetStore;
import org.stadtkern.hinweg.internal.store.NetworkStore;
import org.stadtkern.core.api.measure.Json;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Counts door events: checks each against the fleet and the network (unknown or inactive sensor,
 * another vehicle, unknown trip, a stop not on the trip, a time in the future, an event counted
 * before: each refused with its reason), stores it, books the load and publishes the vehicle's
 * occupancy as a retained message for displays ({@code <root>/vehicles/<vehicle>}, open data: level
 * and coarse percentage only).
 */
@Component(service = DoorEvents.class, configurationPid = "org.stadtkern.hinweg")
public final class DoorEvents {

    private static final Logger LOG = LoggerFactory.getLogger(DoorEvents.class);
    /** How far back a vehicle's latest door event may lie for it to be shown after a start. */
    static final int RESTORE_HOURS = 24;

    private final FleetStore fleet;
    private final NetworkStore network;
    private final DoorEventStore events;
    private final MessagePublisher publisher;
    private final String tenant;
    private final String topicRoot;
    private final long toleranceSeconds;
    private final LoadBook book;
    private final Occupancy occupancy;
    private final Clock clock = Clock.systemUTC();
    /** While the urban data platform runs: copies the stored counts there (SensorThings Observations). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PlatformCopies platformCopies;

    @Activate
    public DoorEvents(HinwegConfig config, @Reference FleetStore fleet, @Reference NetworkStore network,
            @Reference DoorEventStore events, @Reference MessagePublisher publisher, @Reference Tenancy tenancy) {
        this.fleet = fleet;
        this.network = network;
        this.events = events;
        this.publisher = publisher;
        this.tenant = tenancy.defaultTenant();
        this.topicRoot = config.topic_root();
        this.toleranceSeconds = config.future_tolerance_seconds();
        this.occupancy = new Occupancy(config.occupancy_many_seats(), config.occupancy_few_seats(),
                config.occupancy_standing_room(), config.occupancy_percentage_base());
        this.book = new LoadBook(occupancy);
        restore();
    }

    /**
     * After a start, a crash or a reinstall: each vehicle counted within {@value #RESTORE_HOURS} hours is
     * counted again from the stored events of its latest trip, and its retained message published
     * again (a QoS 0 retained message does not outlive the broker), so that displays and the API show
     * every vehicle before its next event arrives.
     */
    private void restore() {
        Instant now = clock.instant();
        try {
            Map<String, CountedEvent> latest = new LinkedHashMap<>();
            for (CountedEvent counted : events.between(tenant, now.minus(RESTORE_HOURS, ChronoUnit.HOURS),
                    now.plusSeconds(toleranceSeconds + 1))) {
                latest.merge(counted.event().vehicle(), counted,
                        (a, b) -> b.event().time().isBefore(a.event().time()) ? a : b);
            }
            int restored = 0;
            for (CountedEvent last : latest.values()) {
                DoorEvent event = last.event();
                Optional<NetworkStore.TripInfo> trip = network.trip(tenant, event.trip());
                List<Map.Entry<Integer, String>> stops = network.stops(tenant, event.trip());
                if (trip.isEmpty() || stops.isEmpty()) {
                    continue;
                }
                int lastStop = stops.get(stops.size() - 1).getKey();
                for (CountedEvent counted : events.events(tenant, event.vehicle(), event.trip())) {
                    book.replay(counted.event(), counted.stopSequence(), lastStop);
                }
                publish(book.count(event, last.stopSequence(), lastStop, trip.get().routeId(), capacity(event)));
                restored++;
            }
            LOG.info("Loads of {} vehicles restored from their stored door events", restored);
        } catch (SQLException | IllegalArgumentException e) {
            LOG.warn("Vehicle loads not restored (they return with the next door events): {}", e.toString());
        }
    }

    /** The configured occupancy thresholds. */
    public Occupancy occupancy() {
        return occupancy;
    }

    /** A vehicle's capacity on a trip: the vehicle's own, else the trip's from GTFS-ride. */
    public Optional<Capacity> capacity(String vehicle, String trip) throws SQLException {
        Optional<Capacity> own = fleet.vehicle(tenant, vehicle);
        return own.isPresent() ? own : network.tripCapacity(tenant, trip);
    }

    /** The tenant the counts belong to. */
    public String tenant() {
        return tenant;
    }

    /** Counts one message; throws {@link IllegalArgumentException} with the reason when it is refused. */
    public VehicleState count(MqttInput.Message<DoorEvent> message) throws SQLException {
        CountCheck.sameTenant(message.tenant(), tenant);
        DoorEvent event = CountCheck.checked(message.payload());
        CountingSensor sensor = fleet.activeSensor(tenant, event.sensor(), CountingSensor.Kind.DOOR);
        if (!event.vehicle().equals(sensor.vehicleId())) {
            throw new IllegalArgumentException("sensor '" + sensor.id() + "' is mounted in vehicle '"
                    + sensor.vehicleId() + "', not '" + event.vehicle() + "'");
        }
        CountCheck.notAfter(event.time(), clock.instant().plusSeconds(toleranceSeconds));
        NetworkStore.TripInfo trip = network.trip(tenant, event.trip())
                .orElseThrow(() -> new IllegalArgumentException("unknown trip '" + event.trip() + "'"));
        List<Map.Entry<Integer, String>> stops = network.stops(tenant, event.trip());
        int sequence = stops.stream().filter(s -> s.getValue().equals(event.stop())).mapToInt(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("stop '" + event.stop()
                        + "' is not on trip '" + event.trip() + "'"));
        int last = stops.get(stops.size() - 1).getKey();
        if (!book.hasTrip(event.vehicle(), event.trip())) {
            for (CountedEvent counted : events.events(tenant, event.vehicle(), event.trip())) {
                book.replay(counted.event(), counted.stopSequence(), last);
            }
        }
        if (!events.add(tenant, event, sequence)) {
            throw new IllegalArgumentException("duplicate: sensor '" + event.sensor() + "' reported " + event.time()
                    + " before (counted once)");
        }
        PlatformCopies copies = platformCopies;
        if (copies != null) {
            copies.wake();
        }
        VehicleState state = book.count(event, sequence, last, trip.routeId(), capacity(event));
        publish(state);
        return state;
    }

    private Optional<Capacity> capacity(DoorEvent event) throws SQLException {
        return capacity(event.vehicle(), event.trip());
    }

    /**
     * The vehicle's retained message: what a display shows, nothing that follows single passengers.
     * QoS 0: the next event replaces it anyway, and counting does not wait for the broker.
     */
    private void publish(VehicleState state) {
        try {
            publisher.publish(topicRoot + "/vehicles/" + state.vehicle(), bytes(view(state)), 0, true,
                    MessagePublisher.OPEN);
        } catch (IllegalStateException e) {
            LOG.warn("Occupancy of {} not published: {}", state.vehicle(), e.getMessage());
        }
    }

    /** The public view of a vehicle's state (also the JSON API's). */
    public static Map<String, Object> view(VehicleState state) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("vehicle", state.vehicle());
        view.put("trip", state.trip());
        view.put("route", state.route());
        view.put("stop", state.stop());
        view.put("stopSequence", state.stopSequence());
        view.put("occupancyStatus", state.level() == null ? "NO_DATA_AVAILABLE" : state.level().name());
        view.put("occupancyPercentage", state.percentage());
        view.put("at", state.at().toString());
        view.put("tripEnded", state.ended());
        return view;
    }

    /** Every vehicle counted since the start or within {@value #RESTORE_HOURS} hours before it. */
    public List<VehicleState> vehicles() {
        return book.vehicles().stream().sorted((a, b) -> a.vehicle().compareTo(b.vehicle())).toList();
    }

    /** The vehicle counted on the trip that has not reached its last stop, if any. */
    public Optional<VehicleState> onTrip(String trip) {
        return book.vehicles().stream().filter(v -> v.trip().equals(trip) && !v.ended()).findFirst();
    }

    public Optional<VehicleState> vehicle(String vehicle) {
        return book.vehicle(vehicle);
    }

    private static byte[] bytes(Object value) {
        try {
            return Json.writer().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
