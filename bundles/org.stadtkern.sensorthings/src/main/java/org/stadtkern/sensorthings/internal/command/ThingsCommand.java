package org.stadtkern.sensorthings.internal.command;

import java.sql.Connection;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.core.api.console.MeasureCommand;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.store.EntityReader;
import org.stadtkern.sensorthings.internal.store.Page;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;

/** {@code sta:things [--filter <$filter>]}: the Things with their ids. */
@Command(scope = "sta", name = "things", description = "Lists SensorThings Things (at most 1000).")
@Service
public class ThingsCommand extends MeasureCommand {

    @Reference(optional = true)
    SensorThingsDatabase database;


    @Option(name = "--filter", description = "A SensorThings $filter, e.g. \"startswith(name, 'Station')\"")
    String filter;

    @Override
    protected Object run() throws Exception {
        try (Connection connection = ready(database).connection()) {
            EntityReader reader = new EntityReader(connection, tenant(), 100_000);
            Page page = Datastreams.list(reader, EntityType.THING, filter);
            ShellTable table = new ShellTable();
            table.column("Id").alignRight();
            table.column("Name").maxSize(50);
            table.column("Description").maxSize(50);
            for (Entity thing : page.entities()) {
                table.addRow().addContent(thing.id(), thing.value("name"), thing.value("description"));
            }
            table.print(System.out);
            System.out.println(page.count() + " Things");
        }
        return null;
    }
}
