package org.stadtkern.sovereignty.internal.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.sovereignty.internal.SovereigntyConfig;

/** The daily retention run at {@code retention.at} (PID {@code org.stadtkern.sovereignty}), as a Camel route. */
@Component(service = RouteContribution.class, configurationPid = "org.stadtkern.sovereignty")
public final class RetentionRoutes implements RouteContribution {

    static final String ROUTE = "sovereignty.retention";

    private final RetentionRun run;
    private final LocalTime at;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public RetentionRoutes(SovereigntyConfig config, @Reference RetentionRun run) {
        this.run = run;
        this.at = config.retention_at().isBlank() ? null : timeOfDay(config.retention_at().trim());
    }

    static LocalTime timeOfDay(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("retention.at must be a time of day such as 03:15, not '" + text + "'");
        }
    }

    @Override
    public String measure() {
        return "sovereignty";
    }

    @Override
    public RoutesBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                if (at == null) {
                    return;
                }
                from("timer:" + ROUTE + "?delay=" + untilNext(at, ZonedDateTime.now(clock)).toMillis() + "&period="
                        + Duration.ofDays(1).toMillis())
                        .routeId(ROUTE)
                        .process(exchange -> exchange.getMessage().setBody(run.run(clock.instant(), false)))
                        .log("Retention run: ${body.size()} dataset and store results");
            }
        };
    }

    /** The time from {@code now} to the next {@code at} o'clock (today or tomorrow). */
    static Duration untilNext(LocalTime at, ZonedDateTime now) {
        ZonedDateTime next = now.with(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }
}
