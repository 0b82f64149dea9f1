package org.stadtkern.sensorthings.internal;

import org.osgi.service.component.annotations.Component;
import org.stadtkern.core.api.measure.Measure;

/** The urban data platform (SensorThings API, catalog): it holds the datasets of others. */
@Component(service = Measure.class)
public final class PlatformMeasure implements Measure {

    @Override
    public String id() {
        return "sensorthings";
    }

    @Override
    public String title() {
        return "Urbane Datenplattform";
    }
}
