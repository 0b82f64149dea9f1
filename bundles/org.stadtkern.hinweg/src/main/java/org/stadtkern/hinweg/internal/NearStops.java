package org.stadtkern.hinweg.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.hinweg.api.TransitStops;
import org.stadtkern.hinweg.internal.store.NetworkStore;

/**
 * The stops near a place, from the imported network: a bounding box in SQL, then the great-circle
 * distance of the few stops in it.
 */
@Component(service = TransitStops.class)
public final class NearStops implements TransitStops {

    private static final double EARTH_METERS = 6_371_000;
    private static final double METERS_PER_DEGREE = 111_320;

    private final NetworkStore network;

    @Activate
    public NearStops(@Reference NetworkStore network) {
        this.network = network;
    }

    @Override
    public List<NearStop> near(String tenant, double latitude, double longitude, int maxMeters, int limit)
            throws IOException {
        double dLat = maxMeters / METERS_PER_DEGREE;
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        try {
            return network.stopsWithin(tenant, latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon)
                    .stream()
                    .map(stop -> new NearStop(stop.id(), stop.name(), stop.latitude(), stop.longitude(),
                            (int) Math.round(meters(latitude, longitude, stop.latitude(), stop.longitude()))))
                    .filter(stop -> stop.meters() <= maxMeters)
                    .sorted(Comparator.comparingInt(NearStop::meters).thenComparing(NearStop::id))
                    .limit(limit).toList();
        } catch (SQLException e) {
            throw new IOException("The network is not readable now", e);
        }
    }

    /** The haversine distance in metres. */
    static double meters(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
