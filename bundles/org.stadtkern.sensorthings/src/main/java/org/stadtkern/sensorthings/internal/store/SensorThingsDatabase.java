package org.stadtkern.sensorthings.internal.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.measure.Jdbc;

/**
 * The SensorThings tables in the Stadtkern database: the schema is declared in the manifest
 * ({@code Stadtkern-Schema: sensorthings}, scripts {@code db/sensorthings/V*.sql}) and migrated by the
 * core before this component gets its {@link Jdbc}; on activation it fills what older versions left
 * empty and moves the old platform's observations in (see {@link LegacyObservations}).
 */
@Component(service = SensorThingsDatabase.class)
public final class SensorThingsDatabase {

    private final Jdbc jdbc;

    @Activate
    public SensorThingsDatabase(@Reference(target = "(stadtkern.schema=sensorthings)") Jdbc jdbc)
            throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = jdbc.connection()) {
            DatastreamDatasets.backfill(connection);
            LegacyObservations.migrate(connection);
        }
    }

    public Connection connection() throws SQLException {
        return jdbc.connection();
    }
}
