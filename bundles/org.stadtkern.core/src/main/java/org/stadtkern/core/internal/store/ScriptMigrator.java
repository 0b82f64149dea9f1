package org.stadtkern.core.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stadtkern.core.api.Database;
import org.stadtkern.core.api.SchemaMigrator;

/**
 * Runs each module's numbered SQL scripts once, in order, each in one transaction, and records the
 * version reached in {@code schema_version}. Plain JDBC on purpose: Flyway and Liquibase discover
 * scripts by class-path scanning, which does not see other bundles' resources in OSGi
 * (docs/adr/0004-schema-migration.md).
 */
@Component(service = SchemaMigrator.class)
public final class ScriptMigrator implements SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptMigrator.class);

    private final DataSource dataSource;

    @Activate
    public ScriptMigrator(@Reference(target = Database.TARGET) DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized int migrate(String module, ClassLoader scripts) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table if not exists schema_version (module varchar(64) primary key, "
                        + "version integer not null, applied_at timestamp with time zone not null)");
            }
            int version = currentVersion(connection, module);
            for (int next = version + 1; ; next++) {
                String script = read(scripts, "db/" + module + "/V" + next + ".sql");
                if (script == null) {
                    return version;
                }
                apply(connection, module, next, script);
                version = next;
                LOG.info("Schema of {} migrated to version {}", module, version);
            }
        }
    }

    private static void apply(Connection connection, String module, int version, String script) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script)) {
                statement.execute(sql);
            }
            try (PreparedStatement update = connection.prepareStatement(version == 1
                    ? "insert into schema_version (version, applied_at, module) values (?, ?, ?)"
                    : "update schema_version set version = ?, applied_at = ? where module = ?")) {
                update.setInt(1, version);
                update.setObject(2, OffsetDateTime.now());
                update.setString(3, module);
                update.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("Migration " + module + " V" + version + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static int currentVersion(Connection connection, String module) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select version from schema_version where module = ?")) {
            query.setString(1, module);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    /** Statements of a script: separated by a semicolon at the end of a line; -- comments dropped. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.isEmpty()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(ClassLoader loader, String name) throws SQLException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("Cannot read " + name, e);
        }
    }
}
