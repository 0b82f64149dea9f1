package org.stadtkern.core.internal.command;

import static org.stadtkern.core.api.console.MeasureCommand.ready;

import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.core.internal.camel.RouteState;

/** {@code stadtkern:status}: broker, database and every measure with its state, routes and counts. */
@Command(scope = "stadtkern", name = "status", description = "Shows broker, database and measures with their routes.")
@Service
public class StatusCommand implements Action {

    @Reference(optional = true)
    ConsoleServices services;

    @Override
    public Object execute() {
        Map<String, Object> report = ready(ready(services).health()).report();
        System.out.println("Stadtkern " + report.get("status"));
        System.out.println("  broker   " + describe(report.get("broker")));
        System.out.println("  database " + describe(report.get("database")));
        ShellTable table = new ShellTable();
        table.column("Measure");
        table.column("Title");
        table.column("Status");
        table.column("Routes");
        table.column("Started");
        table.column("Messages").alignRight();
        table.column("Failed").alignRight();
        Map<String, List<RouteState>> routes = ready(ready(services).runtime()).routes();
        ((Map<?, ?>) report.get("measures")).forEach((id, entry) -> {
            Map<?, ?> measure = (Map<?, ?>) entry;
            List<RouteState> owned = routes.getOrDefault(String.valueOf(id), List.of());
            table.addRow().addContent(id, measure.get("title") == null ? "" : measure.get("title"),
                    describe(measure), owned.size(), owned.stream().filter(RouteState::started).count(),
                    owned.stream().mapToLong(r -> Math.max(0, r.exchanges())).sum(),
                    owned.stream().mapToLong(r -> Math.max(0, r.failed())).sum());
        });
        table.print(System.out);
        return null;
    }

    private static String describe(Object component) {
        Map<?, ?> status = (Map<?, ?>) component;
        StringBuilder text = new StringBuilder(String.valueOf(status.get("status")));
        for (String key : List.of("url", "error")) {
            if (status.get(key) != null) {
                text.append("  ").append(status.get(key));
            }
        }
        return text.toString();
    }
}
