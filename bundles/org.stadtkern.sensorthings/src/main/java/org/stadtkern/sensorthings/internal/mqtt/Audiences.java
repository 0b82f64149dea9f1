package org.stadtkern.sensorthings.internal.mqtt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.stadtkern.core.api.MessagePublisher;
import org.stadtkern.core.api.access.AccessControl;
import org.stadtkern.core.api.access.Classification;
import org.stadtkern.core.api.access.DatasetRef;
import org.stadtkern.sensorthings.internal.model.Entity;
import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.store.SensorThingsDatabase;

/**
 * Who may receive a notification about an entity on the broker: an Observation or Datastream of an
 * open dataset goes to everyone (unless its counts have a publication rule), of an internal one to
 * its tenant's users; notifications of personal
 * data are not published at all (MQTT subscribers cannot declare a purpose). Every other entity
 * (Thing, Location, Sensor, ...) can belong to several datasets and goes to the tenant's users. A
 * Datastream's audience is looked up once per {@value #TTL_MILLIS} ms, so a policy change applies
 * within seconds.
 */
final class Audiences {

    static final long TTL_MILLIS = 5_000;

    private final SensorThingsDatabase database;
    private final AccessControl access;
    private final String defaultTenant;
    private final Map<Long, Cached> datastreams = new ConcurrentHashMap<>();

    private record Cached(Optional<String> audience, long until) {
    }

    Audiences(SensorThingsDatabase database, AccessControl access, String defaultTenant) {
        this.database = database;
        this.access = access;
        this.defaultTenant = defaultTenant;
    }

    /** The audience of a notification about the entity; empty when it must not be published. */
    Optional<String> of(Entity entity) {
        Long datastream = switch (entity.type()) {
            case DATASTREAM -> entity.id();
            case OBSERVATION -> entity.foreignKey(EntityType.OBSERVATION.navigation("Datastream").orElseThrow());
            default -> null;
        };
        if (datastream == null) {
            return Optional.of(MessagePublisher.tenant(defaultTenant));
        }
        long now = System.currentTimeMillis();
        Cached cached = datastreams.get(datastream);
        if (cached == null || cached.until() < now) {
            cached = new Cached(lookUp(datastream), now + TTL_MILLIS);
            if (datastreams.size() > 100_000) {
                datastreams.clear();
            }
            datastreams.put(datastream, cached);
        }
        return cached.audience();
    }

    private Optional<String> lookUp(long datastream) {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "select tenant, dataset from sta_datastreams where id = ?")) {
            select.setLong(1, datastream);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.of(MessagePublisher.tenant(defaultTenant));
                }
                DatasetRef dataset = new DatasetRef(row.getString(1), row.getString(2));
                if (access.classification(dataset) == Classification.PERSONAL) {
                    return Optional.empty();
                }
                return Optional.of(access.readableByEveryone(dataset) ? MessagePublisher.OPEN
                        : MessagePublisher.tenant(dataset.tenant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The Datastream's dataset cannot be read: " + e.getMessage(), e);
        }
    }
}
