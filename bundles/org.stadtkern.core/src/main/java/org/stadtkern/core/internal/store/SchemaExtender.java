package org.stadtkern.core.internal.store;

import java.sql.SQLException;
import java.util.Hashtable;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.Database;
import org.stadtkern.core.api.SchemaMigrator;
import org.stadtkern.core.api.measure.Jdbc;

/**
 * The extender behind {@link Jdbc}: for every active bundle whose manifest names its schema in
 * {@value Jdbc#HEADER}, runs the bundle's migration scripts and then registers a {@code Jdbc}
 * service with {@value Jdbc#SCHEMA} set to the schema, which the bundle's components wait for. A
 * bundle whose scripts fail gets no service (its components stay unsatisfied; the reason is logged).
 */
@Component(immediate = true)
public final class SchemaExtender extends BundleTracker<ServiceRegistration<Jdbc>> {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);

    private final DataSource dataSource;
    private final SchemaMigrator migrator;

    @Activate
    public SchemaExtender(BundleContext context, @Reference(target = Database.TARGET) DataSource dataSource,
            @Reference SchemaMigrator migrator) {
        super(context, Bundle.STARTING | Bundle.ACTIVE, null);
        this.dataSource = dataSource;
        this.migrator = migrator;
        open();
    }

    @Deactivate
    void stop() {
        close();
    }

    @Override
    public ServiceRegistration<Jdbc> addingBundle(Bundle bundle, BundleEvent event) {
        String schema = bundle.getHeaders().get(Jdbc.HEADER);
        if (schema == null || schema.isBlank()) {
            return null;
        }
        schema = schema.strip();
        try {
            migrator.migrate(schema, bundle.adapt(BundleWiring.class).getClassLoader());
        } catch (SQLException | RuntimeException e) {
            LOG.error("Schema {} of bundle {} not migrated; its components wait", schema, bundle.getSymbolicName(), e);
            return null;
        }
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Jdbc.SCHEMA, schema);
        return bundle.getBundleContext().registerService(Jdbc.class, Jdbc.on(dataSource), properties);
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<Jdbc> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle's context is gone with it, and so is the service
        }
    }
}
