package org.stadtkern.sensorthings.internal.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.Database;
import org.stadtkern.core.api.SchemaMigrator;

/**
 * The SensorThings tables in the Stadtkern database, migrated to the bundle's schema on activation
 * (with the old platform's observations moved in, see {@link LegacyObservations}).
 */
@Component(service = SensorThingsDatabase.class)
public final class SensorThingsDatabase {

    private final DataSource dataSource;

    @Activate
    public SensorThingsDatabase(@Reference(target = Database.TARGET) DataSource dataSource,
            @Reference SchemaMigrator migrator) throws SQLException {
        this.dataSource = dataSource;
        migrator.migrate("sensorthings", SensorThingsDatabase.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            DatastreamDatasets.backfill(connection);
            LegacyObservations.migrate(connection);
        }
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
