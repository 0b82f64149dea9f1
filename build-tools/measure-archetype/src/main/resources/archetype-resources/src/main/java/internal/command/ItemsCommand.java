package ${package}.internal.command;

import java.sql.SQLException;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.core.api.console.MeasureCommand;
import ${package}.internal.${Measure}Store;
import ${package}.internal.Item;

/**
 * {@code ${measure}:items [--tenant T]}: the tenant's items. A failure is thrown ({@code fail(...)}),
 * so that {@code ssh ... ${measure}:items} exits non-zero and says why.
 */
@Command(scope = "${measure}", name = "items", description = "Lists the items of ${title}.")
@Service
public class ItemsCommand extends MeasureCommand {

    @Reference(optional = true)
    ${Measure}Store store;

    @Override
    protected Object run() throws SQLException {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Note");
        table.column("Created");
        for (Item item : ready(store).items(tenant())) {
            table.addRow().addContent(item.id(), item.name(), item.note() == null ? "" : item.note(), item.created());
        }
        table.print(System.out);
        return null;
    }
}
