package org.stadtkern.core.internal.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.stadtkern.core.api.Database;
import org.stadtkern.core.api.measure.Measure;
import org.stadtkern.core.internal.CoreConfig;
import org.stadtkern.core.internal.camel.CamelRuntime;
import org.stadtkern.core.internal.camel.RouteState;
import org.stadtkern.core.internal.deploy.RouteFileInstaller;

/**
 * The runtime's health: broker (an MQTT connect), database (a valid connection), the free space of
 * the data's disk ({@link DiskSpace}) and each measure:
 * every registered {@link Measure} (up when it reports no failure and all its routes are started)
 * and every other owner of routes (the core). Up only when all of them are.
 */
@Component(service = Health.class, configurationPid = "org.stadtkern.core")
public final class Health {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";
    private static final String RESTARTING = "the runtime is restarting after a change of its configuration";
    public static final String RESTART_NEEDED = "restart needed: the database file is locked by this runtime "
            + "itself after a failed write (an H2 fault, h2database#3421); the broker keeps every unacknowledged "
            + "message";

    private final DataSource dataSource;
    private final DiskSpace disk;
    private final MeasureBundles bundles;
    private volatile String brokerUrl;
    /** Once set, for good: only a restart frees the lock (see {@link SelfLock}). */
    private volatile boolean restartNeeded;

    /** Away while a change of the core's configuration restarts it: /health then answers 503, not 404. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CamelRuntime runtime;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Measure> registered;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RouteFileInstaller routeFiles;

    @Activate
    public Health(CoreConfig config, @Reference(target = Database.TARGET) DataSource dataSource,
            @Reference DiskSpace disk, @Reference MeasureBundles bundles) {
        this.disk = disk;
        this.dataSource = dataSource;
        this.bundles = bundles;
        this.brokerUrl = config.mqtt_url();
    }

    @Modified
    void modified(CoreConfig config) {
        this.brokerUrl = config.mqtt_url();
    }

    /**
     * The report served at /health: {@code status}, {@code broker}, {@code database}, {@code disk},
     * {@code measures}, and {@code routeFiles} when deploy/ has any. A route file that failed is DOWN
     * there with the reason but leaves the status as it is: an integrator's file does not take the
     * city's APIs out of service (and a broken change keeps its last good version running).
     */
    public Map<String, Object> report() {
        CamelRuntime camel = runtime;
        Map<String, Object> broker = component(camel == null ? RESTARTING : camel.brokerFailure());
        broker.put("url", brokerUrl);
        Map<String, Object> database = database();
        Map<String, Object> space = disk.report();
        Map<String, Object> measures = camel == null ? new LinkedHashMap<>() : measures(camel);
        declared(measures);
        boolean up = Stream.concat(Stream.of(broker, database, space),
                measures.values().stream().map(m -> (Map<?, ?>) m))
                .allMatch(component -> UP.equals(component.get("status")));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", up ? UP : DOWN);
        report.put("broker", broker);
        report.put("database", database);
        report.put("disk", space);
        report.put("measures", measures);
        Map<String, Object> files = camel == null ? Map.of() : routeFiles(camel);
        if (!files.isEmpty()) {
            report.put("routeFiles", files);
        }
        return report;
    }

    /**
     * Each measure with its title, datasets and routes: up when it reports no failure and all its routes
     * are started; down with the reason when its routes were refused. Owners of routes without a
     * Measure service (the core) are listed by their routes alone; route files are not measures.
     */
    private Map<String, Object> measures(CamelRuntime camel) {
        Map<String, List<RouteState>> routes = camel.routes();
        Map<String, Object> measures = new LinkedHashMap<>();
        List<Measure> known = registered == null ? List.of() : List.copyOf(registered);
        for (Measure measure : known) {
            String failure = measure.failure();
            Map<String, Object> entry = measure(failure, routes.getOrDefault(measure.id(), List.of()));
            entry.put("title", measure.title());
            entry.put("datasets", new TreeSet<>(measure.datasets()));
            measures.put(measure.id(), entry);
        }
        routes.forEach((owner, owned) -> {
            if (!owner.startsWith("file:") && !measures.containsKey(owner)) {
                measures.put(owner, measure(null, owned));
            }
        });
        camel.rejected().forEach((owner, reason) -> measures.put(owner, component(reason)));
        return measures;
    }

    /**
     * Every installed measure bundle ({@code @MeasureBundle}) is listed, and down until it is ready:
     * before its Measure service is there, while a component waits, while its servlets are not served.
     */
    private void declared(Map<String, Object> measures) {
        bundles.declared().forEach((id, declared) -> {
            String waiting = bundles.notReady(declared);
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = (Map<String, Object>) measures.get(id);
            if (entry == null) {
                entry = component("starting: " + (waiting != null ? waiting : "its Measure is not registered yet"));
                entry.put("title", declared.bundle().getHeaders().get(Constants.BUNDLE_NAME));
                measures.put(id, entry);
            } else if (waiting != null) {
                // what the bundle waits for is the cause of anything else its routes report
                entry.put("status", DOWN);
                entry.put("error", "starting: " + waiting);
            }
        });
    }

    private static Map<String, Object> measure(String failure, List<RouteState> routes) {
        Map<String, Object> measure = component(failure != null ? failure
                : routes.stream().allMatch(RouteState::started) ? null : "not every route is started");
        Map<String, String> states = new LinkedHashMap<>();
        routes.forEach(route -> states.put(route.id(), route.status()));
        measure.put("routes", states);
        return measure;
    }

    /** Each route file in deploy/ with its routes: down when its last version did not load or a route stopped. */
    private Map<String, Object> routeFiles(CamelRuntime camel) {
        Map<String, Object> files = new TreeMap<>();
        camel.routes().forEach((owner, routes) -> {
            if (owner.startsWith("file:")) {
                files.put(owner.substring("file:".length()), measure(null, routes));
            }
        });
        RouteFileInstaller installer = routeFiles;
        Map<String, String> failures = installer == null ? Map.of() : installer.failures();
        failures.forEach((file, reason) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = (Map<String, Object>) files.computeIfAbsent(file,
                    f -> new LinkedHashMap<>());
            entry.put("status", DOWN);
            entry.put("error", reason);
        });
        return files;
    }

    /** A valid connection, and the database product in use. */
    private Map<String, Object> database() {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Object> status = component(connection.isValid(2) ? null : "connection not valid");
            status.put("product", connection.getMetaData().getDatabaseProductName());
            return status;
        } catch (SQLException e) {
            if (SelfLock.heldByThisRuntime(e)) {
                restartNeeded = true;
            }
            return component(restartNeeded ? RESTART_NEEDED : e.getMessage());
        }
    }

    /**
     * Whether the runtime cannot recover without a restart (it holds its own database file's lock after
     * a failed write, found by a database check of {@link #report()}): {@code /health/live} then fails,
     * so that an orchestrator restarts it.
     */
    public boolean restartNeeded() {
        return restartNeeded;
    }

    private static Map<String, Object> component(String failure) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("status", failure == null ? UP : DOWN);
        if (failure != null) {
            status.put("error", failure);
        }
        return status;
    }
}
