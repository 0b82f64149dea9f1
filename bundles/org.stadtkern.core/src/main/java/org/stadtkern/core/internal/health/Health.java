package org.stadtkern.core.internal.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.stadtkern.core.api.Database;
import org.stadtkern.core.api.measure.Measure;
import org.stadtkern.core.internal.CoreConfig;
import org.stadtkern.core.internal.camel.CamelRuntime;
import org.stadtkern.core.internal.camel.RouteState;

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

    private final CamelRuntime runtime;
    private final DataSource dataSource;
    private final DiskSpace disk;
    private final String brokerUrl;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Measure> registered;

    @Activate
    public Health(CoreConfig config, @Reference CamelRuntime runtime,
            @Reference(target = Database.TARGET) DataSource dataSource, @Reference DiskSpace disk) {
        this.runtime = runtime;
        this.disk = disk;
        this.dataSource = dataSource;
        this.brokerUrl = config.mqtt_url();
    }

    /**
     * The report served at /health: {@code status}, {@code broker}, {@code database}, {@code disk},
     * {@code measures}.
     */
    public Map<String, Object> report() {
        Map<String, Object> broker = component(runtime.brokerFailure());
        broker.put("url", brokerUrl);
        Map<String, Object> database = database();
        Map<String, Object> space = disk.report();
        Map<String, Object> measures = measures();
        boolean up = Stream.concat(Stream.of(broker, database, space),
                measures.values().stream().map(m -> (Map<?, ?>) m))
                .allMatch(component -> UP.equals(component.get("status")));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", up ? UP : DOWN);
        report.put("broker", broker);
        report.put("database", database);
        report.put("disk", space);
        report.put("measures", measures);
        return report;
    }

    /**
     * Each measure with its title, datasets and routes: up when it reports no failure and all its routes
     * are started; down with the reason when its routes were refused. Owners of routes without a
     * Measure service (the core) are listed by their routes alone; route files are not measures.
     */
    private Map<String, Object> measures() {
        Map<String, List<RouteState>> routes = runtime.routes();
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
        runtime.rejected().forEach((owner, reason) -> measures.put(owner, component(reason)));
        return measures;
    }

    private static Map<String, Object> measure(String failure, List<RouteState> routes) {
        Map<String, Object> measure = component(failure != null ? failure
                : routes.stream().allMatch(RouteState::started) ? null : "not every route is started");
        Map<String, String> states = new LinkedHashMap<>();
        routes.forEach(route -> states.put(route.id(), route.status()));
        measure.put("routes", states);
        return measure;
    }

    /** A valid connection, and the database product in use. */
    private Map<String, Object> database() {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Object> status = component(connection.isValid(2) ? null : "connection not valid");
            status.put("product", connection.getMetaData().getDatabaseProductName());
            return status;
        } catch (SQLException e) {
            return component(e.getMessage());
        }
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
