package org.stadtkern.core.internal.command;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.stadtkern.core.internal.camel.CamelRuntime;
import org.stadtkern.core.internal.deploy.RouteFileInstaller;
import org.stadtkern.core.internal.health.Health;

/**
 * What the core's console commands use, behind one service that never changes: Karaf's shell
 * unregisters and registers again every command of a bundle whenever a service one of them references
 * changes (a change of etc/org.stadtkern.core.cfg modifies the runtime's and the health's), which
 * left {@code stadtkern:status} "not found" for a moment. The commands reference this instead; it
 * follows the services dynamically and is {@code null}-safe through {@code MeasureCommand.ready}.
 */
@Component(service = ConsoleServices.class)
public final class ConsoleServices {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Health health;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CamelRuntime runtime;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RouteFileInstaller routeFiles;

    /** The health report, or {@code null} while it restarts. */
    Health health() {
        return health;
    }

    /** The Camel runtime, or {@code null} while it restarts. */
    CamelRuntime runtime() {
        return runtime;
    }

    /** The route file installer, or {@code null} while it restarts. */
    RouteFileInstaller routeFiles() {
        return routeFiles;
    }
}
