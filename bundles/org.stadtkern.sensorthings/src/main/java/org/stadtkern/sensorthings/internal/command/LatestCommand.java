package org.stadtkern.sensorthings.internal.command;

import java.sql.Connection;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.stadtkern.core.api.console.MeasureCommand;
import org.stadtkern.sensorthings.internal.json.EntityJson;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.query.QueryParser;
import org.stadtkern.sensorthings.internal.store.EntityReader;
import org.stadtkern.sensorthings.internal.store.Page;
import org.stadtkern.sensorthings.internal.store.Scope;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;

/** {@code sta:latest <datastream>}: the newest Observation of a Datastream, by id or name. */
@Command(scope = "sta", name = "latest", description = "Shows the newest Observation of a Datastream.")
@Service
public class LatestCommand extends MeasureCommand {

    @Reference(optional = true)
    SensorThingsDatabase database;

    @Argument(name = "datastream", required = true, description = "The Datastream's id or exact name")
    @Completion(DatastreamIdCompleter.class)
    String datastream;

    @Override
    protected Object run() throws Exception {
        try (Connection connection = ready(database).connection()) {
            EntityReader reader = new EntityReader(connection, tenant(), 100_000);
            Entity stream = Datastreams.find(reader, datastream);
            if (stream == null) {
                throw fail("No Datastream '" + datastream + "'. List them with sta:datastreams.");
            }
            Page latest = reader.list(EntityType.OBSERVATION, new Scope(EntityType.DATASTREAM.navigation(
                    "Observations").orElseThrow(), stream.id()), QueryParser.parse(Map.of("$top", "1",
                    "$orderby", "phenomenonTime desc")), 1);
            if (latest.entities().isEmpty()) {
                System.out.println("Datastream " + stream.id() + " (" + stream.value("name")
                        + ") has no Observations.");
                return null;
            }
            Entity observation = latest.entities().get(0);
            System.out.println("Datastream " + stream.id() + " (" + stream.value("name") + ")");
            System.out.println("  phenomenonTime " + EntityJson.value(observation.value("phenomenonTime")).asText());
            System.out.println("  result         " + EntityJson.value(observation.value("result")));
            System.out.println("  Observation    " + observation.id());
        }
        return null;
    }
}
