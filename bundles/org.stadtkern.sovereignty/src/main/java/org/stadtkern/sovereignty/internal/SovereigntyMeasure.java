package org.stadtkern.sovereignty.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.core.api.measure.Measure;
import org.stadtkern.core.api.measure.MeasureBundle;

/**
 * Data sovereignty as a measure: it keeps no dataset of its own (the audit log is its record).
 * Listed once its retention route runs.
 */
@MeasureBundle(value = "sovereignty", paths = "/sovereignty/",
        pages = {"/sovereignty/processing-records", "/sovereignty/api/datasets"})
@Component(service = Measure.class)
public final class SovereigntyMeasure implements Measure {

    private static final String ROUTES =
            "(component.name=org.stadtkern.sovereignty.internal.retention.RetentionRoutes)";

    /** Registered once its routes are (the whiteboard adds them as their service appears); nothing is kept. */
    @Activate
    public SovereigntyMeasure(@Reference(target = ROUTES) RouteContribution routes) {
        // ready means ready: /health lists this measure only with its routes
    }

    @Override
    public String id() {
        return "sovereignty";
    }

    @Override
    public String title() {
        return "Datensouveränität";
    }
}
