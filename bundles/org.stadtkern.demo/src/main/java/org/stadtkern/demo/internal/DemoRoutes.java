package org.stadtkern.demo.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.sensorthings.api.DatastreamProvision;
import org.stadtkern.sensorthings.api.SensorThings;

/**
 * Route {@code demo.sensors}: every period, each Oberhausen station publishes temperature, humidity
 * and PM10 as SensorThings Observations of its Datastreams (registered once, in the catalog dataset
 * {@code environment}) to {@code v1.1/Datastreams(<id>)/Observations}, like a real gateway.
 */
@Component(service = RouteContribution.class, configurationPid = "org.stadtkern.demo")
@Designate(ocd = DemoConfig.class)
public final class DemoRoutes implements RouteContribution {

    private static final ZoneId CITY_TIME = ZoneId.of("Europe/Berlin");

    private static final Logger LOG = LoggerFactory.getLogger(DemoRoutes.class);
    private static final String DATASET = "environment";
    private static final long RECHECK_MILLIS = 60_000;

    private final DemoConfig config;
    private final SensorThings sensorThings;
    private final Weather weather = new Weather(new Random());
    private final Map<String, Long> datastreams = new ConcurrentHashMap<>();
    private volatile long checkedAt;

    @Activate
    public DemoRoutes(DemoConfig config, @Reference SensorThings sensorThings) {
        this.config = config;
        this.sensorThings = sensorThings;
    }

    @Override
    public String measure() {
        return "demo";
    }

    @Override
    public RoutesBuilder routes() {
        return Gateway.route("sensors", 1000, config.period(), this::readings);
    }

    private void readings(Exchange exchange) {
        ZonedDateTime now = ZonedDateTime.now(CITY_TIME);
        if (System.currentTimeMillis() - checkedAt > RECHECK_MILLIS) {
            // registered again each minute: an operator may have deleted a station's Datastreams
            datastreams.clear();
            checkedAt = System.currentTimeMillis();
        }
        List<Gateway.Reading> readings = new ArrayList<>();
        for (Station station : Station.OBERHAUSEN) {
            for (Quantity quantity : Quantity.values()) {
                double value = quantity.value(weather, now, station);
                Long datastream = datastream(station, quantity);
                if (datastream != null) {
                    readings.add(new Gateway.Reading(SensorThings.observationsTopic(datastream), String.format(
                            Locale.ROOT,
                            "{\"phenomenonTime\":\"%s\",\"result\":%s}",
                            now.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), value)));
                }
            }
        }
        exchange.getMessage().setBody(readings);
    }

    /** The station's Datastream for a quantity, registered on first use; null while that fails. */
    private Long datastream(Station station, Quantity quantity) {
        String key = station.id() + "." + quantity.id();
        Long id = datastreams.get(key);
        if (id != null) {
            return id;
        }
        try {
            id = sensorThings.datastream(new DatastreamProvision("Messstation " + station.name(),
                    "Umweltmessstation der Demo-Stadt Oberhausen", station.latitude(), station.longitude(),
                    quantity.observedProperty(), quantity.unit(), quantity.observedProperty(), quantity.definition(),
                    DATASET));
            datastreams.put(key, id);
            return id;
        } catch (RuntimeException e) {
            LOG.warn("Demo Datastream {} not registered yet: {}", key, e.getMessage());
            return null;
        }
    }
}
