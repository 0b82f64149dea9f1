package org.stadtkern.demo.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.hinweg.api.HinwegSetup;

/**
 * Route {@code demo.transit}, present with Hin &amp; Weg: on its first run imports the demo city's
 * bus network ({@link DemoNetwork}) when no network is imported yet, registers its buses with door
 * counters and two people counters at stops; then, like the counters' gateways, publishes a door
 * event whenever a bus leaves a stop by the timetable, and every period how many people wait at
 * Hauptbahnhof and Neue Mitte. Busier at rush hours. Does nothing beside a city's own network.
 */
@Component(service = RouteContribution.class, configurationPid = "org.stadtkern.demo")
public final class DemoTransit implements RouteContribution {

    /** The demo feed's agency_timezone, in which Hin &amp; Weg reads its timetable. */
    private static final ZoneId CITY_TIME = ZoneId.of("Europe/Berlin");
    private static final Logger LOG = LoggerFactory.getLogger(DemoTransit.class);
    private static final List<String> COUNTED_STOPS = List.of("hauptbahnhof", "centro");

    private final HinwegSetup setup;
    private final DemoConfig config;
    private final Random random = new Random();
    private final Map<String, Integer> loads = new ConcurrentHashMap<>();
    private final List<DemoNetwork.Trip> timetable = DemoNetwork.trips();
    private boolean registered;
    private boolean parked;
    private int lastTick = -1;

    @Activate
    public DemoTransit(DemoConfig config, @Reference HinwegSetup setup) {
        this.config = config;
        this.setup = setup;
    }

    @Override
    public String measure() {
        return "demo";
    }

    @Override
    public RoutesBuilder routes() {
        return Gateway.route("transit", 2000, config.period(), this::counts);
    }

    private synchronized void counts(Exchange exchange) throws IOException {
        List<Gateway.Reading> messages = new ArrayList<>();
        if (prepared()) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            int second = LocalTime.ofInstant(now, CITY_TIME).toSecondOfDay();
            int since = lastTick < 0 || lastTick > second ? second - (int) (config.period() / 1000) : lastTick;
            lastTick = second;
            for (DemoNetwork.Trip trip : timetable) {
                for (int i = 0; i < trip.stops().size(); i++) {
                    int departure = trip.departure(i);
                    if (departure > since && departure <= second) {
                        messages.add(doorEvent(trip, i, now));
                    }
                }
            }
            for (String stop : COUNTED_STOPS) {
                messages.add(new Gateway.Reading(config.stop_counts_topic(), String.format(Locale.ROOT,
                        "{\"sensor\":\"waiting-%s\",\"stop\":\"OB-%s\",\"time\":\"%s\",\"count\":%d}", stop, stop,
                        now, Math.round(rush(second) * random.nextInt(12)))));
            }
        }
        exchange.getMessage().setBody(messages);
    }

    /**
     * Imports the network when there is none and registers the fleet once; false while another
     * network (the city's own) is imported, checked at every run.
     */
    private boolean prepared() throws IOException {
        String firstTrip = timetable.get(0).id();
        if (!setup.hasTrip(firstTrip)) {
            if (setup.hasNetwork()) {
                if (!parked) {
                    LOG.info("A network of the city's own is imported: the demo buses stay in the depot");
                }
                parked = true;
                return false;
            }
            setup.importGtfs(new ByteArrayInputStream(DemoNetwork.gtfs()));
            registered = false;
        }
        parked = false;
        if (!registered) {
            for (String vehicle : DemoNetwork.vehicles()) {
                setup.vehicle(vehicle, 40, 50, 2, 2);
                setup.doorCounter("door-" + vehicle, vehicle, true);
            }
            for (String stop : COUNTED_STOPS) {
                setup.stopCounter("waiting-" + stop, "OB-" + stop, false);
            }
            registered = true;
        }
        return true;
    }

    private Gateway.Reading doorEvent(DemoNetwork.Trip trip, int stop, Instant now) {
        int last = trip.stops().size() - 1;
        int load = loads.getOrDefault(trip.id(), 0);
        int alightings = stop == last ? load : stop == 0 ? 0 : (int) (load * (0.1 + 0.4 * random.nextDouble()));
        int boardings = stop == last ? 0 : (int) Math.round(rush(trip.departure(stop)) * random.nextInt(16));
        load = load - alightings + boardings;
        if (stop == last) {
            loads.remove(trip.id());
        } else {
            loads.put(trip.id(), load);
        }
        return new Gateway.Reading(config.door_events_topic(), String.format(Locale.ROOT,
                "{\"sensor\":\"door-%s\",\"vehicle\":\"%s\",\"trip\":\"%s\",\"stop\":\"OB-%s\",\"time\":\"%s\","
                        + "\"boardings\":%d,\"alightings\":%d}", trip.vehicle(), trip.vehicle(), trip.id(),
                trip.stops().get(stop).id(), now, boardings, alightings));
    }

    /** How much busier than at quiet times: three times at rush hours, half at night. */
    private static double rush(int secondOfDay) {
        int hour = secondOfDay / 3600;
        if (hour >= 7 && hour < 9 || hour >= 16 && hour < 18) {
            return 3.0;
        }
        return hour < 6 || hour >= 21 ? 0.5 : 1.0;
    }
}
