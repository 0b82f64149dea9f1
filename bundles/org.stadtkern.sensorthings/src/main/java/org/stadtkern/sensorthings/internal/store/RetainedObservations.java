package org.stadtkern.sensorthings.internal.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.retention.RetentionOutcome;
import org.stadtkern.core.api.retention.RetentionRule;
import org.stadtkern.core.api.retention.RetentionTarget;

/** SensorThings Observations as a target of the data-sovereignty retention run. */
@Component(service = RetentionTarget.class)
public final class RetainedObservations implements RetentionTarget {

    private final SensorThingsDatabase database;

    @Activate
    public RetainedObservations(@Reference SensorThingsDatabase database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "SensorThings Observations";
    }

    @Override
    public RetentionOutcome apply(RetentionRule rule, boolean dryRun) throws SQLException {
        try (Connection connection = database.connection()) {
            return new ObservationRetention(connection).apply(rule, dryRun);
        }
    }
}
