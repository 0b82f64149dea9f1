package org.stadtkern.remotework.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.measure.Measure;
import org.stadtkern.core.api.measure.MeasureBundle;
import org.stadtkern.remotework.internal.store.Bookings;
import org.stadtkern.remotework.internal.store.Occupancy;
import org.stadtkern.remotework.internal.store.Sites;

/**
 * The measure remote work sites, as {@code /health} and {@code stadtkern:status} list it. Registered only
 * once its stores are (which needs the migrated schema): ready means ready.
 */
@MeasureBundle(value = RemoteworkMeasure.ID, paths = {"/api/remotework/", "/remotework/"},
        pages = {"/remotework/index.html", "/api/remotework/sites"})
@Component(service = Measure.class)
public final class RemoteworkMeasure implements Measure {

    /** The measure's id: route ids, PID, schema, feature and API path derive from it. */
    public static final String ID = "remotework";

    /** Who books: name and e-mail address, personal data with the purpose booking. */
    public static final String BOOKERS = "remotework-bookers";
    /** The sites, spaces, live occupancy and profiles: open data. */
    public static final String SITES = "remotework-sites";
    /** The reports of utilisation: anonymous, internal. */
    public static final String USAGE = "remotework-usage";

    /** Registered once its stores are, which wait for the migrated schema; nothing is kept. */
    @Activate
    public RemoteworkMeasure(@Reference Sites sites, @Reference Bookings bookings, @Reference Occupancy occupancy) {
        // ready means ready: /health lists this measure only when it can store
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Mobiles Arbeiten";
    }

    @Override
    public Set<String> datasets() {
        return Set.of(BOOKERS, SITES, USAGE);
    }
}
