package org.stadtkern.hinweg.internal.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.Database;
import org.stadtkern.core.api.SchemaMigrator;

/** The Hin &amp; Weg tables in the Stadtkern database, migrated on activation. */
@Component(service = HinwegDatabase.class)
public final class HinwegDatabase {

    private final DataSource dataSource;

    @Activate
    public HinwegDatabase(@Reference(target = Database.TARGET) DataSource dataSource,
            @Reference SchemaMigrator migrator) throws SQLException {
        this.dataSource = dataSource;
        migrator.migrate("hinweg", HinwegDatabase.class.getClassLoader());
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
