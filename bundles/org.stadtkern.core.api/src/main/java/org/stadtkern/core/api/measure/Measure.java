package org.stadtkern.core.api.measure;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A smart city measure, as the runtime lists it: register one per measure bundle as an OSGi
 * service. {@code /health} and {@code stadtkern:status} show every registered measure, with or
 * without routes (a booking system or a fund has none), together with the routes contributed under
 * its {@link #id()}; the runtime is up only when every measure is.
 */
@ConsumerType
public interface Measure {

    /** The measure's id, e.g. {@code hinweg}: also the start of its route ids and its PID's last part. */
    String id();

    /** Its name for people, e.g. {@code Hin & Weg}. */
    String title();

    /** The datasets (data sovereignty) whose records it keeps, e.g. {@code passenger-counts}. */
    default Set<String> datasets() {
        return Set.of();
    }

    /**
     * Null while the measure answers; otherwise why it does not (shown by {@code /health}, which is
     * then 503). Called on every health check: keep it cheap.
     */
    default String failure() {
        return null;
    }
}
