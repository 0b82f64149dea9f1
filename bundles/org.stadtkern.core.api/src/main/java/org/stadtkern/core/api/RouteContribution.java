package org.stadtkern.core.api;

import org.apache.camel.RoutesBuilder;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Routes a measure contributes to the one CamelContext the core owns. Register an implementation
 * as an OSGi service; the core adds its routes and starts them, and removes exactly these routes
 * when the service goes away (bundle stopped, updated or uninstalled).
 *
 * <p>Routes address the broker only through the core's {@code mqtt:} component and never hold a
 * broker URL or credentials; see {@link Mqtt}.
 */
@ConsumerType
public interface RouteContribution {

    /** The measure's id, e.g. {@code hinweg}. Every route id must start with it and a dot. */
    String measure();

    /** New route definitions; called each time the core (re)adds this contribution. */
    RoutesBuilder routes();
}
