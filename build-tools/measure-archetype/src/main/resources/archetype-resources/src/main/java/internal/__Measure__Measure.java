package ${package}.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.measure.Measure;
import org.stadtkern.core.api.measure.MeasureBundle;

/**
 * The measure ${title}, as {@code /health} and {@code stadtkern:status} list it. Registered only once
 * its store is (which needs the migrated schema): ready means ready. {@code @MeasureBundle} tells the
 * runtime from the moment the bundle is installed that it is a measure's and which paths it serves:
 * {@code /health} is 503 and those paths answer 503 with {@code Retry-After} until all of it is up.
 */
@MeasureBundle(value = ${Measure}Measure.ID, paths = "/api/${measure}/")
@Component(service = Measure.class)
public final class ${Measure}Measure implements Measure {

    /** The measure's id: route ids, PID, schema, feature and API path derive from it. */
    public static final String ID = "${measure}";

    /** Registered once its store is, which waits for the migrated schema; nothing is kept. */
    @Activate
    public ${Measure}Measure(@Reference ${Measure}Store store) {
        // ready means ready: /health lists this measure only when it can store
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "${title}";
    }

    @Override
    public Set<String> datasets() {
        return Set.of(ID);
    }
}
