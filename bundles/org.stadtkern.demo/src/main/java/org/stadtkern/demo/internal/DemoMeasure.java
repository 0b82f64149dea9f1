package org.stadtkern.demo.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.core.api.measure.Measure;
import org.stadtkern.core.api.measure.MeasureBundle;

/**
 * The demo city: environment stations (dataset environment) and, with Hin &amp; Weg, two bus lines.
 * Listed once its environment stations run.
 */
@MeasureBundle("demo")
@Component(service = Measure.class)
public final class DemoMeasure implements Measure {

    private static final String ROUTES = "(component.name=org.stadtkern.demo.internal.DemoRoutes)";

    /** Registered once its routes are (the whiteboard adds them as their service appears); nothing is kept. */
    @Activate
    public DemoMeasure(@Reference(target = ROUTES) RouteContribution routes) {
        // ready means ready: /health lists this measure only with its routes
    }

    @Override
    public String id() {
        return "demo";
    }

    @Override
    public String title() {
        return "Demo-Stadt Oberhausen";
    }

    @Override
    public Set<String> datasets() {
        return Set.of("environment");
    }
}
