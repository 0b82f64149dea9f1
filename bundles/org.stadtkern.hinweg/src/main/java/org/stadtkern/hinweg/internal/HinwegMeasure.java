package org.stadtkern.hinweg.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.stadtkern.core.api.measure.Measure;

/** The measure Hin &amp; Weg: passenger counts (raw, internal) and their totals per route and stop (open). */
@Component(service = Measure.class)
public final class HinwegMeasure implements Measure {

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
