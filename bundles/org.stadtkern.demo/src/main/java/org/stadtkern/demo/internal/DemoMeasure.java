package org.stadtkern.demo.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.stadtkern.core.api.measure.Measure;

/** The demo city: environment stations (dataset environment) and, with Hin &amp; Weg, two bus lines. */
@Component(service = Measure.class)
public final class DemoMeasure implements Measure {

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
