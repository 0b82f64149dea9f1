package org.stadtkern.hinweg.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.core.api.measure.Measure;
import org.stadtkern.core.api.measure.MeasureBundle;

/**
 * The measure Hin &amp; Weg: passenger counts (raw, internal) and their totals per route and stop (open).
 * Listed once its counting routes run.
 */
@MeasureBundle(value = "hinweg", paths = {"/api/hinweg/", "/hinweg/"},
        pages = {"/hinweg/stop.html", "/api/hinweg/vehicles", "/api/hinweg/gtfs-rt/vehicle-positions"})
@Component(service = Measure.class)
public final class HinwegMeasure implements Measure {

    private static final String ROUTES = "(component.name=org.stadtkern.hinweg.internal.ingest.DoorEventRoutes)";

    /** Registered once its routes are (the whiteboard adds them as their service appears); nothing is kept. */
    @Activate
    public HinwegMeasure(@Reference(target = ROUTES) RouteContribution routes) {
        // ready means ready: /health lists this measure only with its routes
    }

    @Override
    public String id() {
        return "hinweg";
    }

    @Override
    public String title() {
        return "Hin & Weg";
    }

    @Override
    public Set<String> datasets() {
        return Set.of("passenger-counts", "ridership");
    }
}
