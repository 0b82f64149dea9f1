package org.stadtkern.core.internal.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, Object> brokerStatus = component(runtime.brokerFailure());
        brokerStatus.put("url", brokerUrl);
        String[] product = new String[1];
        Map<String, Object> databaseStatus = component(databaseFailure(product));
        if (product[0] != null) {
            databaseStatus.put("product", product[0]);
        }
        Map<String, Object> measures = new LinkedHashMap<>();
        boolean up = UP.equals(brokerStatus.get("status")) && UP.equals(databaseStatus.get("status"));
        for (Map.Entry<String, List<RouteState>> owner : runtime.routes().entrySet()) {
            if (owner.getKey().startsWith("file:")) {
                continue;
            }
            List<RouteState> routes = owner.getValue();
            boolean started = routes.stream().allMatch(RouteState::started);
            up &= started;
            Map<String, Object> measure = new LinkedHashMap<>();
            measure.put("status", started ? UP : DOWN);
            Map<String, String> states = new LinkedHashMap<>();
            routes.forEach(route -> states.put(route.id(), route.status()));
            measure.put("routes", states);
            measures.put(owner.getKey(), measure);
        }
        for (Map.Entry<String, String> rejected : runtime.rejected().entrySet()) {
            Map<String, Object> measure = component(rejected.getValue());
            measures.put(rejected.getKey(), measure);
            up = false;
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", up ? UP : DOWN);
        report.put("broker", brokerStatus);
        report.put("database", databaseStatus);
        report.put("measures", measures);
        return report;
    }

    /** Null when the database answers, else why not; puts the database product into {@code product[0]}. */
    private String databaseFailure(String[] product) {
        try (Connection connection = dataSource.getConnection()) {
            product[0] = connection.getMetaData().getDatabaseProductName();
            return connection.isValid(2) ? null : "connection not valid";
        } catch (SQLException e) {
            return e.getMessage();
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
