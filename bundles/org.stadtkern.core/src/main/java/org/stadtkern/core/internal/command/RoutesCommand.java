package org.stadtkern.core.internal.command;

import static org.stadtkern.core.api.console.MeasureCommand.ready;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code stadtkern:routes}: every route with owner, source, state and counts; rejected route files. */
@Command(scope = "stadtkern", name = "routes", description = "Lists routes by owner with state and message counts.")
@Service
public class RoutesCommand implements Action {

    @Reference(optional = true)
    ConsoleServices services;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Owner");
        table.column("Route");
        table.column("State");
        table.column("Messages").alignRight();
        table.column("Failed").alignRight();
        table.column("From").maxSize(60);
        ConsoleServices core = ready(services);
        ready(core.runtime()).routes().forEach((owner, routes) -> routes.forEach(route -> table.addRow().addContent(
                owner, route.id(), route.status(), route.exchanges(), route.failed(), route.from())));
        table.print(System.out);
        ready(core.routeFiles()).failures().forEach((file, reason) ->
                System.out.println("Route file " + file + " REJECTED: " + reason));
        return null;
    }
}
