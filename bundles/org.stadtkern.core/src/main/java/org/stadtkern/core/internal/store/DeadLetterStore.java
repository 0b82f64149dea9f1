package org.stadtkern.core.internal.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.Database;
import org.stadtkern.core.api.SchemaMigrator;

/** Stores rejected input with its reason, so that operators can see and replay it. */
@Component(service = DeadLetterStore.class)
public final class DeadLetterStore {

    /** Payload bytes kept per dead letter; the full size is recorded too. */
    static final int MAX_PAYLOAD = 64 * 1024;
    private static final int MAX_TEXT = 1024;

    private final DataSource dataSource;

    @Activate
    public DeadLetterStore(@Reference(target = Database.TARGET) DataSource dataSource,
            @Reference SchemaMigrator migrator) throws SQLException {
        this.dataSource = dataSource;
        migrator.migrate("core", DeadLetterStore.class.getClassLoader());
    }

    public void record(String tenant, String routeId, String source, String reason, byte[] payload)
            throws SQLException {
        byte[] kept = payload.length > MAX_PAYLOAD ? Arrays.copyOf(payload, MAX_PAYLOAD) : payload;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into dead_letters "
                        + "(tenant, received_at, route_id, source, reason, payload_size, payload) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, tenant);
            insert.setObject(2, OffsetDateTime.now());
            insert.setString(3, clip(routeId, 128));
            insert.setString(4, clip(source, MAX_TEXT));
            insert.setString(5, clip(reason, 2 * MAX_TEXT));
            insert.setInt(6, payload.length);
            insert.setBytes(7, kept);
            insert.executeUpdate();
        }
    }

    /** The newest dead letters of a tenant, newest first. */
    public List<DeadLetter> recent(String tenant, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select id, tenant, received_at, route_id, "
                        + "source, reason, payload_size, payload from dead_letters where tenant = ? "
                        + "order by id desc fetch first ? rows only")) {
            query.setString(1, tenant);
            query.setInt(2, limit);
            List<DeadLetter> letters = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byte[] payload = rows.getBytes(8);
                    letters.add(new DeadLetter(rows.getLong(1), rows.getString(2),
                            rows.getObject(3, OffsetDateTime.class), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getInt(7),
                            payload == null ? "" : new String(payload, 0, Math.min(payload.length, MAX_TEXT),
                                    StandardCharsets.UTF_8)));
                }
            }
            return letters;
        }
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }
}
