package org.stadtkern.sovereignty.internal.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.sovereignty.internal.SovereigntySchema;

/** The registry of infrastructures in table {@code sovereignty_infrastructure}, per tenant. */
@Component(service = InfrastructureRegistry.class)
public final class InfrastructureRegistry {

    private static final String COLUMNS = "kind, name, type, owner, operator, longitude, latitude, commissioned, "
            + "status, things, datastreams, datasets";

    private final Jdbc database;

    @Activate
    public InfrastructureRegistry(@Reference(target = SovereigntySchema.TARGET) Jdbc database) {
        this.database = database;
    }

    /** The tenant's entries by id. */
    public List<Infrastructure> list(String tenant) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "select * from sovereignty_infrastructure where tenant = ? order by id")) {
            select.setString(1, tenant);
            List<Infrastructure> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(read(rows));
                }
            }
            return entries;
        }
    }

    /** One entry of the tenant. */
    public Optional<Infrastructure> find(String tenant, long id) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "select * from sovereignty_infrastructure where tenant = ? and id = ?")) {
            select.setString(1, tenant);
            select.setLong(2, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** Stores a new entry of the tenant and returns it with its id. */
    public Infrastructure create(String tenant, Infrastructure entry) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement("insert into sovereignty_infrastructure "
                        + "(tenant, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, tenant);
            bind(insert, 2, entry);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return entry.stored(key.getLong(1), tenant);
            }
        }
    }

    /** Replaces an entry of the tenant; false when there is none with the id. */
    public boolean replace(String tenant, long id, Infrastructure entry) throws SQLException {
        String set = Arrays.stream(COLUMNS.split(", ")).map(c -> c + " = ?").collect(Collectors.joining(", "));
        try (Connection connection = database.connection();
                PreparedStatement update = connection.prepareStatement("update sovereignty_infrastructure set " + set
                        + " where tenant = ? and id = ?")) {
            int next = bind(update, 1, entry);
            update.setString(next, tenant);
            update.setLong(next + 1, id);
            return update.executeUpdate() == 1;
        }
    }

    /** Removes an entry of the tenant; false when there is none with the id. */
    public boolean delete(String tenant, long id) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from sovereignty_infrastructure where tenant = ? and id = ?")) {
            delete.setString(1, tenant);
            delete.setLong(2, id);
            return delete.executeUpdate() == 1;
        }
    }

    /** Binds the entry's columns from {@code index} on; returns the next index. */
    private static int bind(PreparedStatement statement, int index, Infrastructure entry) throws SQLException {
        statement.setString(index++, entry.kind().name().toLowerCase(Locale.ROOT));
        statement.setString(index++, entry.name());
        statement.setString(index++, entry.type());
        statement.setString(index++, entry.owner());
        statement.setString(index++, entry.operator());
        if (entry.location() == null) {
            statement.setNull(index++, Types.DOUBLE);
            statement.setNull(index++, Types.DOUBLE);
        } else {
            statement.setDouble(index++, entry.location().longitude());
            statement.setDouble(index++, entry.location().latitude());
        }
        statement.setObject(index++, entry.commissioned());
        statement.setString(index++, entry.status().name().toLowerCase(Locale.ROOT));
        statement.setString(index++, join(entry.things()));
        statement.setString(index++, join(entry.datastreams()));
        statement.setString(index++, join(entry.datasets()));
        return index;
    }

    private static Infrastructure read(ResultSet row) throws SQLException {
        double longitude = row.getDouble("longitude");
        Infrastructure.Position location = row.wasNull() ? null
                : new Infrastructure.Position(longitude, row.getDouble("latitude"));
        return new Infrastructure(row.getLong("id"), row.getString("tenant"),
                Infrastructure.Kind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)), row.getString("name"),
                row.getString("type"), row.getString("owner"), row.getString("operator"), location,
                row.getObject("commissioned", LocalDate.class),
                Infrastructure.Status.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
                split(row.getString("things"), Long::valueOf), split(row.getString("datastreams"), Long::valueOf),
                split(row.getString("datasets"), Function.identity()));
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static <T> List<T> split(String text, Function<String, T> parse) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(parse).toList();
    }
}
