package org.stadtkern.sensorthings.internal;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.core.api.measure.Measure;
import org.stadtkern.core.api.measure.MeasureBundle;

/**
 * The urban data platform (SensorThings API, catalog, live data page): it holds the datasets of
 * others. Listed once the API servlet and the MQTT creation routes are there: ready means ready.
 */
@MeasureBundle(value = "sensorthings", paths = {"/sta/", "/catalog/", "/platform/"},
        pages = {"/platform/index.html", "/catalog/index.html", "/sta/v1.1"})
@Component(service = Measure.class)
public final class PlatformMeasure implements Measure {

    private static final String ROUTES = "(component.name=org.stadtkern.sensorthings.internal.mqtt.MqttCreateRoutes)";
    private static final String API = "(component.name=org.stadtkern.sensorthings.internal.http.SensorThingsServlet)";

    /** The references only order this service after the platform's parts; nothing is kept. */
    @Activate
    public PlatformMeasure(@Reference(target = ROUTES) RouteContribution routes,
            @Reference(target = API) Servlet api) {
        // registered as soon as both are
    }

    @Override
    public String id() {
        return "sensorthings";
    }

    @Override
    public String title() {
        return "Urbane Datenplattform";
    }
}
