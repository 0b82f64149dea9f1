package org.stadtkern.core.internal.camel;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.RouteContribution;

/**
 * Adds the routes of every {@link RouteContribution} service to the runtime and removes them when
 * the service goes away (only its own: a measure may contribute several). A contribution whose routes
 * do not start is logged and left out.
 */
final class RouteWhiteboard extends ServiceTracker<RouteContribution, RouteWhiteboard.Added> {

    private static final Logger LOG = LoggerFactory.getLogger(RouteWhiteboard.class);

    /** The routes one contribution added to its measure (none when they were rejected). */
    record Added(String measure, Set<String> routeIds) {
    }

    private final CamelRuntime runtime;

    RouteWhiteboard(BundleContext context, CamelRuntime runtime) {
        super(context, RouteContribution.class, null);
        this.runtime = runtime;
    }

    @Override
    public Added addingService(ServiceReference<RouteContribution> reference) {
        RouteContribution contribution = context.getService(reference);
        if (contribution == null) {
            return null;
        }
        String measure = contribution.measure();
        try {
            return new Added(measure, runtime.add(measure, measure + ".", contribution.routes()));
        } catch (Exception e) {
            LOG.error("Routes of measure {} (bundle {}) could not be added", measure,
                    reference.getBundle().getSymbolicName(), e);
            runtime.rejected(measure, String.valueOf(e.getMessage()));
            return new Added(measure, Set.of());
        }
    }

    @Override
    public void removedService(ServiceReference<RouteContribution> reference, Added added) {
        runtime.remove(added.measure(), added.routeIds());
        context.ungetService(reference);
    }
}
