package org.stadtkern.sensorthings.internal.command;

import java.sql.Connection;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.stadtkern.core.api.console.MeasureCommand;
import org.stadtkern.sensorthings.internal.json.EntityJson;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.store.EntityReader;
import org.stadtkern.sensorthings.internal.store.Page;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code sta:datastreams [--filter <$filter>]}: Datastreams with Thing, unit, dataset and time span. */
@Command(scope = "sta", name = "datastreams", description = "Lists SensorThings Datastreams (at most 1000).")
@Service
public class DatastreamsCommand extends MeasureCommand {

    @Reference(optional = true)
    SensorThingsDatabase database;


    @Option(name = "--filter", description = "A SensorThings $filter, e.g. \"Thing/name eq 'Station Altmarkt'\"")
    String filter;

    @Override
    protected Object run() throws Exception {
        try (Connection connection = ready(database).connection()) {
            EntityReader reader = new EntityReader(connection, tenant(), 100_000);
            Page page = Datastreams.list(reader, EntityType.DATASTREAM, filter);
            ShellTable table = new ShellTable();
            table.column("Id").alignRight();
            table.column("Name").maxSize(40);
            table.column("Thing").alignRight();
            table.column("Unit");
            table.column("Dataset");
            table.column("Observations from/to").maxSize(49);
            for (Entity stream : page.entities()) {
                JsonNode unit = (JsonNode) stream.value("unitOfMeasurement");
                JsonNode properties = (JsonNode) stream.value("properties");
                table.addRow().addContent(stream.id(), stream.value("name"),
                        stream.foreignKey(EntityType.DATASTREAM.navigation("Thing").orElseThrow()),
                        unit == null ? "" : unit.path("symbol").asText(),
                        properties == null ? "" : properties.path("dataset").asText(),
                        EntityJson.value(stream.value("phenomenonTime")).asText(""));
            }
            table.print(System.out);
            System.out.println(page.count() + " Datastreams");
        }
        return null;
    }
}
