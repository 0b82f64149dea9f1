package org.stadtkern.demo.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.stadtkern.core.api.Mqtt;
import org.stadtkern.core.api.RouteContribution;

/**
 * Route {@code demo.sensors}: every period, each Oberhausen station publishes temperature,
 * humidity and PM10 to {@code <topic.root>/oberhausen.<station>.<quantity>}, like a real gateway.
 */
@Component(service = RouteContribution.class, configurationPid = "org.stadtkern.demo")
@Designate(ocd = DemoConfig.class)
public final class DemoRoutes implements RouteContribution {

    private static final ZoneId CITY_TIME = ZoneId.of("Europe/Berlin");

    private final DemoConfig config;
    private final Weather weather = new Weather(new Random());

    @Activate
    public DemoRoutes(DemoConfig config) {
        this.config = config;
    }

    @Override
    public String measure() {
        return "demo";
    }

    @Override
    public RoutesBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // while the broker is away, one warning per tick; the next tick tries again
                onException(Exception.class).handled(true)
                        .log(LoggingLevel.WARN, "Demo readings not published: ${exception.message}");

                from("timer:demo-sensors?delay=1000&period=" + config.period()).routeId("demo.sensors")
                        .process(DemoRoutes.this::readings)
                        .split(body()).stopOnException()
                            .setHeader(Mqtt.PUBLISH_TOPIC_HEADER, simple("${body.topic}"))
                            .setBody(simple("${body.json}"))
                            .to(Mqtt.publish(config.topic_root() + "/demo", false));
            }
        };
    }

    /** One message as published: topic and JSON payload. */
    public record Reading(String topic, String json) {
    }

    private void readings(Exchange exchange) {
        ZonedDateTime now = ZonedDateTime.now(CITY_TIME);
        List<Reading> readings = new ArrayList<>();
        for (Station station : Station.OBERHAUSEN) {
            readings.add(reading(station, "air-temperature", weather.temperature(now, station), "Cel", now));
            readings.add(reading(station, "relative-humidity", weather.humidity(now, station), "%", now));
            readings.add(reading(station, "pm10", weather.pm10(now, station), "ug/m3", now));
        }
        exchange.getMessage().setBody(readings);
    }

    private Reading reading(Station station, String quantity, double value, String unit, ZonedDateTime time) {
        String json = String.format(Locale.ROOT, "{\"phenomenonTime\":\"%s\",\"result\":%s,\"parameters\":"
                + "{\"station\":\"%s\",\"unit\":\"%s\",\"latitude\":%s,\"longitude\":%s}}",
                time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), value, station.name(), unit,
                station.latitude(), station.longitude());
        return new Reading(config.topic_root() + "/oberhausen." + station.id() + "." + quantity, json);
    }
}
