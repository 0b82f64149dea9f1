package org.stadtkern.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.core.api.measure.Json;
import org.stadtkern.remotework.api.SiteSetup;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Route {@code demo.remotework}, present with the remote work sites: on its first run sets up the demo
 * city's three sites (demo/remotework-sites.json) when they are not there yet; then, like the sensors'
 * gateway, publishes every period whether someone sits at each desk and room with a sensor: busier
 * mid-morning and mid-afternoon, nobody when the site is closed, each sensor changing now and then.
 */
@Component(service = RouteContribution.class, configurationPid = "org.stadtkern.demo")
public final class DemoWork implements RouteContribution {

    private static final String SITES = "/demo/remotework-sites.json";
    private static final ZoneId CITY_TIME = ZoneId.of("Europe/Berlin");
    private static final double CHANGE = 0.08;
    private static final Logger LOG = LoggerFactory.getLogger(DemoWork.class);

    /** A sensor and the opening hours of its site (weekday 1..7 to hours from-to). */
    private record Sensor(String id, Map<Integer, int[]> hours) {
    }

    private final SiteSetup setup;
    private final DemoConfig config;
    private final Random random = new Random();
    private final Map<String, Boolean> occupied = new HashMap<>();
    private List<Sensor> sensors;

    @Activate
    public DemoWork(DemoConfig config, @Reference SiteSetup setup) {
        this.config = config;
        this.setup = setup;
    }

    @Override
    public String measure() {
        return "demo";
    }

    @Override
    public RoutesBuilder routes() {
        return Gateway.route("remotework", 3000, config.period(), this::presence);
    }

    private synchronized void presence(Exchange exchange) throws IOException {
        if (sensors == null) {
            sensors = prepare();
        }
        LocalDateTime now = LocalDateTime.now(CITY_TIME);
        double busy = busy(now.getHour() + now.getMinute() / 60.0);
        List<Gateway.Reading> readings = new ArrayList<>();
        for (Sensor sensor : sensors) {
            int[] open = sensor.hours().get(now.getDayOfWeek().getValue());
            boolean isOpen = open != null && now.getHour() >= open[0] && now.getHour() < open[1];
            boolean was = occupied.getOrDefault(sensor.id(), false);
            boolean is = isOpen && (random.nextDouble() < CHANGE ? random.nextDouble() < busy : was);
            occupied.put(sensor.id(), is);
            readings.add(new Gateway.Reading(config.presence_topic(), String.format(Locale.ROOT,
                    "{\"sensor\": \"%s\", \"occupied\": %b, \"time\": \"%s\"}", sensor.id(), is,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS))));
        }
        exchange.getMessage().setBody(readings);
    }

    /** Sets the sites up once, and reads their sensors and hours. */
    private List<Sensor> prepare() throws IOException {
        JsonNode document;
        try (InputStream in = DemoWork.class.getResourceAsStream(SITES)) {
            byte[] bytes = in.readAllBytes();
            document = Json.reader().readTree(bytes);
            if (!setup.hasSite(document.get("sites").get(0).get("id").asText())) {
                setup.putSites(new java.io.ByteArrayInputStream(bytes));
                LOG.info("The demo city's remote work sites are set up");
            }
        }
        List<Sensor> found = new ArrayList<>();
        for (JsonNode site : document.get("sites")) {
            Map<Integer, int[]> hours = new HashMap<>();
            List<String> days = List.of("mo", "tu", "we", "th", "fr", "sa", "su");
            site.get("site").get("openingHours").fields().forEachRemaining(day -> hours.put(days.indexOf(day.getKey())
                    + 1, new int[] {hour(day.getValue().asText(), 0), hour(day.getValue().asText(), 1)}));
            site.get("spaces").forEach(space -> {
                if (space.hasNonNull("sensor")) {
                    found.add(new Sensor(space.get("sensor").asText(), hours));
                }
            });
        }
        return found;
    }

    private static int hour(String range, int part) {
        return Integer.parseInt(range.split("-")[part].substring(0, 2));
    }

    /** The share of desks taken at an hour of the day: peaks at 10:30 and 15:00. */
    static double busy(double hour) {
        return Math.min(0.95, 0.15 + 0.6 * Math.exp(-Math.pow(hour - 10.5, 2) / 3)
                + 0.5 * Math.exp(-Math.pow(hour - 15, 2) / 3));
    }
}
