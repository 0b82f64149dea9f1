package org.stadtkern.core.internal.camel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.stadtkern.core.api.Database;

/**
 * Whether the runtime's database answers: a valid connection from the DataSource service, looked
 * up when asked (the runtime does not restart when the DataSource is replaced).
 */
final class DatabaseProbe {

    private final BundleContext bundleContext;

    DatabaseProbe(BundleContext bundleContext) {
        this.bundleContext = bundleContext;
    }

    /** Null when the database gave a valid connection, else why not. */
    String failure() {
        Collection<ServiceReference<DataSource>> references;
        try {
            references = bundleContext.getServiceReferences(DataSource.class, Database.TARGET);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (references.isEmpty()) {
            return "no DataSource";
        }
        ServiceReference<DataSource> reference = references.iterator().next();
        DataSource dataSource = bundleContext.getService(reference);
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? null : "connection not valid";
        } catch (SQLException | RuntimeException e) {
            return e.getMessage();
        } finally {
            bundleContext.ungetService(reference);
        }
    }
}
