package org.stadtkern.core.internal.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.Database;
import org.stadtkern.core.internal.CoreConfig;
import org.stadtkern.core.internal.camel.CamelRuntime;
import org.stadtkern.core.internal.camel.RouteState;

/**
 * The runtime's health: broker (an MQTT connect), database (a valid connection) and each measure
 * (all its routes started). Up only when all of them are.
 */
@Component(service = Health.class, configurationPid = "org.stadtkern.core")
public final class Health {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    private final CamelRuntime runtime;
    private final DataSource dataSource;
    private final String brokerUrl;

    @Activate
    public Health(CoreConfig config, @Reference CamelRuntime runtime,
            @Reference(target = Database.TARGET) DataSource dataSource) {
        this.runtime = runtime;
        this.dataSource = dataSource;
        this.brokerUrl = config.mqtt_url();
    }

    /** The report served at /health: {@code status}, {@code broker}, {@code database}, {@code measures}. */
    public Map<String, Object> report() {
        Map<String, Object> broker = component(runtime.brokerFailure());
        broker.put("url", brokerUrl);
        Map<String, Object> database = database();
        Map<String, Object> measures = measures();
        boolean up = Stream.concat(Stream.of(broker, database), measures.values().stream().map(m -> (Map<?, ?>) m))
                .allMatch(component -> UP.equals(component.get("status")));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", up ? UP : DOWN);
        report.put("broker", broker);
        report.put("database", database);
        report.put("measures", measures);
        return report;
    }

    /** Each measure: up when all its routes are started; down with the reason when they were refused. */
    private Map<String, Object> measures() {
        Map<String, Object> measures = new LinkedHashMap<>();
        runtime.routes().forEach((owner, routes) -> {
            if (!owner.startsWith("file:")) {
                Map<String, Object> measure = component(routes.stream().allMatch(RouteState::started)
                        ? null : "not every route is started");
                Map<String, String> states = new LinkedHashMap<>();
                routes.forEach(route -> states.put(route.id(), route.status()));
                measure.put("routes", states);
                measures.put(owner, measure);
            }
        });
        runtime.rejected().forEach((owner, reason) -> measures.put(owner, component(reason)));
        return measures;
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
