package org.stadtkern.core.internal.deploy;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.measure.ErrorPolicy;
import org.stadtkern.core.internal.camel.CamelRuntime;
import org.stadtkern.core.internal.health.MeasureBundles;

/**
 * Starts the routes of {@code *.camel.yaml} and {@code *.camel.xml} files in Karaf's deploy/
 * folder, replaces them when the file changes and removes them when it is deleted. A file is
 * contained: its route ids may not be a measure's ({@code <measure>.*}, {@code core.*}) or another
 * file's; a file that does not load is logged and reported with the reason, and a broken change of
 * a working file leaves its last good version running.
 */
@Component(service = {ArtifactInstaller.class, RouteFileInstaller.class})
public final class RouteFileInstaller implements ArtifactInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(RouteFileInstaller.class);
    private static final String KEPT = " (its last good version keeps running)";

    private final CamelRuntime runtime;
    private final MeasureBundles measures;
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    /** The text of each file's routes now running, to go back to when a change does not start. */
    private final Map<String, String> running = new ConcurrentHashMap<>();

    @Activate
    public RouteFileInstaller(@Reference CamelRuntime runtime, @Reference MeasureBundles measures) {
        this.runtime = runtime;
        this.measures = measures;
        // FileInstall does not hand over files it already knows when this component restarts
        routeFiles().forEach(this::install);
    }

    @Deactivate
    void removeAll() {
        routeFiles().forEach(file -> runtime.remove(owner(file)));
    }

    /** The route files now in deploy/. */
    private List<File> routeFiles() {
        File[] present = new File(System.getProperty("karaf.base", "."), "deploy").listFiles(this::canHandle);
        return present == null ? List.of() : List.of(present);
    }

    @Override
    public boolean canHandle(File file) {
        String name = file.getName();
        return name.endsWith(".camel.yaml") || name.endsWith(".camel.xml");
    }

    @Override
    public synchronized void install(File file) {
        String name = file.getName();
        try {
            String text = Files.readString(file.toPath());
            if (text.equals(running.get(name))) {
                return;
            }
            replace(name, text);
            running.put(name, text);
            failures.remove(name);
            LOG.info("Route file {} deployed", name);
        } catch (Exception | LinkageError e) {
            String reason = rootMessage(e) + (running.containsKey(name) ? KEPT : "");
            failures.put(name, reason);
            LOG.error("Route file {} rejected: {}", name, reason);
        }
    }

    /**
     * Loads and checks the new text first (a file that does not parse or claims a reserved id changes
     * nothing), then replaces the running routes; if the new ones cannot be added, the last good ones
     * are added again.
     */
    private void replace(String name, String text) throws Exception {
        List<RoutesBuilder> builders = load(name, text);
        String owner = owner(name);
        runtime.remove(owner);
        try {
            for (RoutesBuilder builder : builders) {
                runtime.add(owner, null, builder);
            }
        } catch (Exception e) {
            runtime.remove(owner);
            String good = running.get(name);
            if (good != null) {
                for (RoutesBuilder builder : load(name, good)) {
                    runtime.add(owner, null, builder);
                }
            }
            throw e;
        }
    }

    /** The file's route builders with the core's error policy, refused if a route id is reserved. */
    private List<RoutesBuilder> load(String name, String text) throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(DefaultCamelContext.class.getClassLoader());
        try {
            return checked(name, text);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private List<RoutesBuilder> checked(String name, String text) throws Exception {
        List<RoutesBuilder> builders = new ArrayList<>(PluginHelper.getRoutesLoader(runtime.context())
                .findRoutesBuilders(ResourceHelper.fromString(name, text)));
        for (RoutesBuilder builder : builders) {
            if (builder instanceof RouteBuilder routes) {
                // like a measure's routes: what a route file cannot accept is dead-lettered with the reason,
                // a failure of the runtime is not acknowledged (a file's own errorHandler takes precedence)
                ErrorPolicy.apply(routes);
                for (RouteDefinition route : routes.configureRoutes(runtime.context()).getRoutes()) {
                    checkId(name, route.getRouteId());
                }
            }
        }
        return builders;
    }

    /** A route file may not take the id of a measure's route (now or once installed) or another file's. */
    private void checkId(String name, String id) {
        if (id == null) {
            return;
        }
        Set<String> reserved = new TreeSet<>(measures.declared().keySet());
        runtime.routes().keySet().stream().filter(owner -> !owner.startsWith("file:")).forEach(reserved::add);
        reserved.add("core");
        int dot = id.indexOf('.');
        String prefix = dot < 0 ? id : id.substring(0, dot);
        if (reserved.contains(prefix)) {
            throw new IllegalArgumentException("route id '" + id + "' is reserved for the measure '" + prefix
                    + "': route files use ids of their own (e.g. '" + stem(name) + "." + id + "')");
        }
        runtime.routes().forEach((owner, routes) -> {
            if (!owner.equals(owner(name)) && routes.stream().anyMatch(route -> route.id().equals(id))) {
                throw new IllegalArgumentException("route id '" + id + "' is already used by "
                        + owner.substring("file:".length()));
            }
        });
    }

    @Override
    public void update(File file) {
        install(file);
    }

    @Override
    public synchronized void uninstall(File file) {
        runtime.remove(owner(file));
        failures.remove(file.getName());
        running.remove(file.getName());
        LOG.info("Route file {} removed", file.getName());
    }

    /** Route files whose last version did not load, by file name, with the reason. */
    public Map<String, String> failures() {
        return new TreeMap<>(failures);
    }

    /** The owner key under which a file's routes are added to the runtime. */
    public static String owner(File file) {
        return owner(file.getName());
    }

    private static String owner(String name) {
        return "file:" + name;
    }

    private static String stem(String name) {
        return name.substring(0, name.indexOf('.'));
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
        }
        return message.toString();
    }
}
