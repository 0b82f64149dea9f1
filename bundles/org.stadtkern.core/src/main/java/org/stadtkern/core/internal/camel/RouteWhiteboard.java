package org.stadtkern.core.internal.camel;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.RouteContribution;

/**
 * Adds the routes of every {@link RouteContribution} service to the runtime and removes them when
 * the service goes away. A contribution whose routes do not start is logged and left out.
 */
final class RouteWhiteboard extends ServiceTracker<RouteContribution, String> {

    private static final Logger LOG = LoggerFactory.getLogger(RouteWhiteboard.class);

    private final CamelRuntime runtime;

    RouteWhiteboard(BundleContext context, CamelRuntime runtime) {
        super(context, RouteContribution.class, null);
        this.runtime = runtime;
    }

    @Override
    public String addingService(ServiceReference<RouteContribution> reference) {
        RouteContribution contribution = context.getService(reference);
        if (contribution == null) {
            return null;
        }
        String measure = contribution.measure();
        try {
            runtime.add(measure, measure + ".", contribution.routes());
            return measure;
        } catch (Exception e) {
            LOG.error("Routes of measure {} (bundle {}) could not be added", measure,
                    reference.getBundle().getSymbolicName(), e);
            runtime.rejected(measure, String.valueOf(e.getMessage()));
            return measure;
        }
    }

    @Override
    public void removedService(ServiceReference<RouteContribution> reference, String measure) {
        runtime.remove(measure);
        context.ungetService(reference);
    }
}
