package org.stadtkern.remotework.internal.http;

import java.io.IOException;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.hinweg.api.TransitStops;

/**
 * The public-transport stops near a site, from Hin &amp; Weg's network: present only while Hin &amp; Weg
 * is (its API package is an optional import; the resources reference this component optionally, so they
 * never load Hin &amp; Weg's classes themselves).
 */
@Component(service = Nearby.class)
public final class Nearby {

    /** How far a stop may be to count as near. */
    static final int METERS = 800;

    /** A stop near a site. */
    public record Stop(String id, String name, double latitude, double longitude, int meters) {
    }

    private final TransitStops stops;

    @Activate
    public Nearby(@Reference TransitStops stops) {
        this.stops = stops;
    }

    /** The three nearest stops within {@value #METERS} m. */
    List<Stop> stops(String tenant, double latitude, double longitude) throws IOException {
        return stops.near(tenant, latitude, longitude, METERS, 3).stream().map(s -> new Stop(s.id(), s.name(),
                s.latitude(), s.longitude(), s.meters())).toList();
    }
}
