package org.stadtkern.hinweg.internal.command;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.stadtkern.core.api.console.MeasureCommand;
import org.stadtkern.hinweg.internal.gtfs.GtfsException;
import org.stadtkern.hinweg.internal.gtfs.GtfsReader;
import org.stadtkern.hinweg.internal.store.NetworkStore;

/** {@code hinweg:import-gtfs <file>}: replaces the network with a GTFS static feed (zip). */
@Command(scope = "hinweg", name = "import-gtfs", description = "Imports a GTFS static feed (zip): stops, routes, "
        + "trips, stop times and GTFS-ride trip capacities; replaces the network.")
@Service
public class ImportGtfsCommand extends MeasureCommand {

    @Reference(optional = true)
    NetworkStore network;

    @Argument(index = 0, name = "file", required = true, description = "The feed's zip file")
    String file;

    @Override
    protected Object run() throws Exception {
        Path path = Paths.get(file);
        try (InputStream zip = Files.newInputStream(path)) {
            NetworkStore.Imported imported = ready(network).replace(tenant(), GtfsReader.read(zip));
            System.out.println("Imported " + imported.stops() + " stops, " + imported.routes() + " routes, "
                    + imported.trips() + " trips, " + imported.stopTimes() + " stop times, " + imported.capacities()
                    + " trip capacities.");
        } catch (NoSuchFileException e) {
            throw fail("No file " + path.toAbsolutePath() + ".");
        } catch (GtfsException e) {
            throw fail("Not imported (the network is unchanged): " + e.getMessage());
        }
        return null;
    }
}
