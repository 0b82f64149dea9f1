package org.stadtkern.sovereignty.internal;

import org.osgi.service.component.annotations.Component;
import org.stadtkern.core.api.measure.Measure;

/** Data sovereignty as a measure: it keeps no dataset of its own (the audit log is its record). */
@Component(service = Measure.class)
public final class SovereigntyMeasure implements Measure {

    @Override
    public String id() {
        return "sovereignty";
    }

    @Override
    public String title() {
        return "Datensouveränität";
    }
}
