package org.stadtkern.core.internal.health;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.BaseServletDTO;
import org.osgi.service.http.runtime.dto.FilterDTO;
import org.osgi.service.http.runtime.dto.ResourceDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.osgi.util.tracker.BundleTracker;
import org.stadtkern.core.api.measure.MeasureBundle;

/**
 * The installed bundles that declare a measure ({@link MeasureBundle}), and whether each is ready:
 * its bundle active, every enabled component of it satisfied, every servlet and filter it registers
 * served by the HTTP whiteboard. Depends on nothing that a configuration change restarts,
 * so it answers while the measures it watches come and go.
 */
@Component(service = MeasureBundles.class)
public final class MeasureBundles {

    /**
     * What a measure registers with the whiteboard and must be served: its servlets (APIs) and filters.
     * Static resources (pages) are left out: after a reinstall Pax Web 8 at times never takes a
     * resource registration up (seen once in CI after Hin & Weg's reinstall), which would hold
     * /health at 503 for good; the pages' own tests cover them.
     */
    private static final List<String> WHITEBOARD = List.of("osgi.http.whiteboard.servlet.pattern",
            "osgi.http.whiteboard.servlet.name",
            "osgi.http.whiteboard.filter.pattern", "osgi.http.whiteboard.filter.regex",
            "osgi.http.whiteboard.filter.servlet");

    /** A measure's bundle: the id, the paths it serves and its entry pages, as its manifest declares them. */
    public record Declared(String id, List<String> paths, List<String> pages, Bundle bundle) {
    }

    private final ServiceComponentRuntime components;
    private final HttpServiceRuntime http;
    private final BundleTracker<Declared> tracker;

    @Activate
    public MeasureBundles(BundleContext context, @Reference ServiceComponentRuntime components,
            @Reference HttpServiceRuntime http) {
        this.components = components;
        this.http = http;
        this.tracker = new BundleTracker<>(context, Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING
                | Bundle.ACTIVE | Bundle.STOPPING, null) {
            @Override
            public Declared addingBundle(Bundle bundle, BundleEvent event) {
                return declared(bundle);
            }
        };
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    /** Every installed measure bundle, by measure id. */
    public Map<String, Declared> declared() {
        Map<String, Declared> byId = new TreeMap<>();
        tracker.getTracked().values().forEach(declared -> byId.put(declared.id(), declared));
        return byId;
    }

    /** The installed measure whose declared paths hold this request path (the longest prefix wins). */
    public Optional<Declared> serving(String path) {
        Declared best = null;
        int length = 0;
        for (Declared declared : tracker.getTracked().values()) {
            for (String prefix : declared.paths()) {
                if (prefix.length() > length && (path.startsWith(prefix) || (path + "/").equals(prefix))) {
                    best = declared;
                    length = prefix.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Null when the measure's bundle is ready; otherwise what it still waits for. */
    public String notReady(Declared declared) {
        Bundle bundle = declared.bundle();
        if (bundle.getState() != Bundle.ACTIVE) {
            return "its bundle " + bundle.getSymbolicName() + " is not active";
        }
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(bundle)) {
            if (description.factory != null || !components.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                String waiting = waiting(bundle, description, configuration);
                if (waiting != null) {
                    return waiting;
                }
            }
        }
        return unserved(bundle);
    }

    private static String waiting(Bundle bundle, ComponentDescriptionDTO description,
            ComponentConfigurationDTO configuration) {
        String name = description.name.substring(description.name.lastIndexOf('.') + 1);
        if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
            List<String> references = new ArrayList<>();
            for (var reference : configuration.unsatisfiedReferences) {
                if (available(bundle, description, reference.name)) {
                    references.add(reference.name);
                }
            }
            // a component waiting only for the service of another measure that is not installed (its
            // API an optional import, not wired), like the demo's buses without Hin & Weg, is not a
            // start that is still under way: the measure answers without it
            return references.isEmpty() ? null : "component " + name + " waits for " + String.join(", ", references);
        }
        if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION
                && configuration.properties.get("service.factoryPid") == null) {
            // (one refused instance of a factory configuration, such as a dataset's policy, is an error
            // of that configuration, which the log names: the measure answers without it)
            return "component " + name + " failed to start: " + cause(configuration.failure);
        }
        return null;
    }

    /** Whether the bundle sees the type of the named reference (false: its package is not wired). */
    private static boolean available(Bundle bundle, ComponentDescriptionDTO description, String reference) {
        for (var declared : description.references) {
            if (declared.name.equals(reference)) {
                try {
                    bundle.loadClass(declared.interfaceName);
                    return true;
                } catch (ClassNotFoundException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The innermost cause of a stack trace, in one line (the whole trace is in the log). */
    static String cause(String trace) {
        if (trace == null) {
            return "see karaf.log";
        }
        String cause = trace.lines().findFirst().orElse("");
        for (String line : trace.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        return cause;
    }

    /** The first whiteboard service of the bundle that the HTTP runtime does not serve, or null. */
    private String unserved(Bundle bundle) {
        ServiceReference<?>[] registered = bundle.getRegisteredServices();
        if (registered == null) {
            return null;
        }
        Set<Long> served = served(http.getRuntimeDTO());
        for (ServiceReference<?> service : registered) {
            Optional<String> key = WHITEBOARD.stream().filter(k -> service.getProperty(k) != null).findFirst();
            if (key.isPresent() && !served.contains((Long) service.getProperty(Constants.SERVICE_ID))) {
                Object pattern = service.getProperty(key.get());
                return "HTTP " + (pattern instanceof String[] p ? String.join(" ", p) : pattern) + " is not served yet";
            }
        }
        return null;
    }

    private static Set<Long> served(RuntimeDTO runtime) {
        Set<Long> served = new HashSet<>();
        for (ServletContextDTO context : runtime.servletContextDTOs) {
            for (BaseServletDTO servlet : context.servletDTOs) {
                served.add(servlet.serviceId);
            }
            for (ResourceDTO resource : context.resourceDTOs) {
                served.add(resource.serviceId);
            }
            for (FilterDTO filter : context.filterDTOs) {
                served.add(filter.serviceId);
            }
        }
        return served;
    }

    private static Declared declared(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return null;
        }
        for (BundleCapability capability : revision.getDeclaredCapabilities(MeasureBundle.NAMESPACE)) {
            Map<String, Object> attributes = capability.getAttributes();
            return new Declared(String.valueOf(attributes.get(MeasureBundle.NAMESPACE)),
                    strings(attributes.get("paths")), strings(attributes.get("pages")), bundle);
        }
        return null;
    }

    private static List<String> strings(Object attribute) {
        if (attribute instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return attribute == null ? List.of() : List.of(String.valueOf(attribute));
    }
}
