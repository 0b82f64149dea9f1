package org.stadtkern.sensorthings.internal.command;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.stadtkern.core.api.console.MeasureCommand;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.store.Columns;
import org.stadtkern.sensorthings.internal.store.EntityReader;
import org.stadtkern.sensorthings.internal.store.ObservationImport;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;

import com.fasterxml.jackson.core.JsonParser;

/**
 * {@code sta:import --datastream <id|name> <file>}: bulk import of Observations from CSV
 * ({@code phenomenonTime,result}) or JSON (an array of Observations), with progress.
 */
@Command(scope = "sta", name = "import", description = "Imports Observations from a CSV or JSON file.")
@Service
public class ImportCommand extends MeasureCommand {

    @Reference(optional = true)
    SensorThingsDatabase database;


    @Option(name = "--datastream", required = true, description = "The Datastream's id or exact name")
    String datastream;

    @Argument(name = "file", required = true, description = "A .csv (phenomenonTime,result) or .json file")
    String file;

    @Override
    protected Object run() throws Exception {
        Path path = Paths.get(file);
        if (!Files.isRegularFile(path)) {
            throw fail("No file " + path.toAbsolutePath() + ".");
        }
        try (Connection connection = ready(database).connection()) {
            Entity stream = Datastreams.find(new EntityReader(connection, tenant(), 1), datastream);
            if (stream == null) {
                throw fail("No Datastream '" + datastream + "'. List them with sta:datastreams.");
            }
            ObservationImport importer = new ObservationImport(connection, tenant());
            long started = System.nanoTime();
            ObservationImport.Result result;
            if (file.toLowerCase().endsWith(".json")) {
                try (JsonParser parser = Columns.MAPPER.createParser(path.toFile())) {
                    result = importer.json(parser, stream.id(), this::progress);
                }
            } else {
                try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    result = importer.csv(reader, stream.id(), this::progress);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%nImported %d Observations into Datastream %d in %.1f s; skipped %d.%n",
                    result.imported(), stream.id(), seconds, result.skipped());
            result.problems().forEach(problem -> System.out.println("  skipped " + problem));
        }
        return null;
    }

    private void progress(long imported) {
        if (imported % 10_000 == 0) {
            System.out.print("\r" + imported + " imported");
            System.out.flush();
        }
    }
}
