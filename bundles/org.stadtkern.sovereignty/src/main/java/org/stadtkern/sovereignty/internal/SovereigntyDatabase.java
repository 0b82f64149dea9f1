package org.stadtkern.sovereignty.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.Database;
import org.stadtkern.core.api.SchemaMigrator;

/** The tables of data sovereignty (grants, tokens, audit log), migrated on activation. */
@Component(service = SovereigntyDatabase.class)
public final class SovereigntyDatabase {

    private final DataSource dataSource;

    @Activate
    public SovereigntyDatabase(@Reference(target = Database.TARGET) DataSource dataSource,
            @Reference SchemaMigrator migrator) throws SQLException {
        this.dataSource = dataSource;
        migrator.migrate("sovereignty", SovereigntyDatabase.class.getClassLoader());
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
