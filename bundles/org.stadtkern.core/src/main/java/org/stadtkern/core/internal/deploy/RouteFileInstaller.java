package org.stadtkern.core.internal.deploy;

import java.io.File;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Resource;
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

/**
 * Starts the routes of {@code *.camel.yaml} and {@code *.camel.xml} files in Karaf's deploy/
 * folder, replaces them when the file changes and removes them when it is deleted. A file that
 * does not load is logged, listed by {@code stadtkern:routes} with the reason, and harms nothing.
 */
@Component(service = {ArtifactInstaller.class, RouteFileInstaller.class})
public final class RouteFileInstaller implements ArtifactInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(RouteFileInstaller.class);

    private final CamelRuntime runtime;
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    @Activate
    public RouteFileInstaller(@Reference CamelRuntime runtime) {
        this.runtime = runtime;
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
    public void install(File file) {
        String owner = owner(file);
        runtime.remove(owner);
        try {
            Resource resource = ResourceHelper.resolveMandatoryResource(runtime.context(),
                    "file:" + file.getAbsolutePath());
            Collection<RoutesBuilder> builders = PluginHelper.getRoutesLoader(runtime.context())
                    .findRoutesBuilders(resource);
            for (RoutesBuilder builder : builders) {
                if (builder instanceof RouteBuilder routes) {
                    // like a measure's routes: what a route file cannot accept is dead-lettered with the reason,
                    // a failure of the runtime is not acknowledged (a file's own errorHandler takes precedence)
                    ErrorPolicy.apply(routes);
                }
                runtime.add(owner, null, builder);
            }
            failures.remove(file.getName());
            LOG.info("Route file {} deployed", file.getName());
        } catch (Exception e) {
            runtime.remove(owner);
            String reason = rootMessage(e);
            failures.put(file.getName(), reason);
            LOG.error("Route file {} rejected: {}", file.getName(), reason);
        }
    }

    @Override
    public void update(File file) {
        install(file);
    }

    @Override
    public void uninstall(File file) {
        runtime.remove(owner(file));
        failures.remove(file.getName());
        LOG.info("Route file {} removed", file.getName());
    }

    /** Route files that did not load, by file name, with the reason. */
    public Map<String, String> failures() {
        return new TreeMap<>(failures);
    }

    /** The owner key under which a file's routes are added to the runtime. */
    public static String owner(File file) {
        return "file:" + file.getName();
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
