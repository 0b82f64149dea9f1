package org.stadtkern.core.api.measure;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;


/** {@link Jdbc} on a DataSource: a pooled connection per call, or one per transaction ({@link Jdbc#on}). */
final class DataSourceJdbc implements Jdbc {

    private final DataSource dataSource;

    DataSourceJdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        try (Connection connection = connection()) {
            return query(connection, sql, mapper, parameters);
        }
    }

    @Override
    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        try (Connection connection = connection()) {
            return first(connection, sql, mapper, parameters);
        }
    }

    @Override
    public int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connection()) {
            return update(connection, sql, parameters);
        }
    }

    @Override
    public long insert(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connection()) {
            return insert(connection, sql, parameters);
        }
    }

    @Override
    public <T> T transaction(Work<T> work) throws SQLException {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(new InTransaction(connection));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    @Override
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    static <T> Optional<T> first(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(mapper.map(rows)) : Optional.empty();
            }
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, Statement.RETURN_GENERATED_KEYS, parameters)) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("The insert generated no key: " + sql);
                }
                return keys.getLong(keyColumn(keys.getMetaData()));
            }
        }
    }

    /**
     * The column of the generated key: PostgreSQL returns the whole inserted row, whose identity column
     * need not come first (tables start with {@code tenant}); it is the one named {@code id}.
     */
    private static int keyColumn(java.sql.ResultSetMetaData columns) throws SQLException {
        for (int i = 1; i <= columns.getColumnCount() && columns.getColumnCount() > 1; i++) {
            if ("id".equalsIgnoreCase(columns.getColumnLabel(i))) {
                return i;
            }
        }
        return 1;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        return prepare(connection, sql, Statement.NO_GENERATED_KEYS, parameters);
    }

    private static PreparedStatement prepare(Connection connection, String sql, int keys, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, keys);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** The statements of one transaction, on its connection; nested transactions join it. */
    private record InTransaction(Connection open) implements Jdbc {

        @Override
        public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
            return DataSourceJdbc.query(open, sql, mapper, parameters);
        }

        @Override
        public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
            return DataSourceJdbc.first(open, sql, mapper, parameters);
        }

        @Override
        public int update(String sql, Object... parameters) throws SQLException {
            return DataSourceJdbc.update(open, sql, parameters);
        }

        @Override
        public long insert(String sql, Object... parameters) throws SQLException {
            return DataSourceJdbc.insert(open, sql, parameters);
        }

        @Override
        public <T> T transaction(Work<T> work) throws SQLException {
            return work.run(this);
        }

        @Override
        public Connection connection() {
            // the transaction closes its connection itself
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, arguments) -> "close".equals(method.getName())
                            ? null : invoke(method, arguments));
        }

        private Object invoke(java.lang.reflect.Method method, Object[] arguments) throws Throwable {
            try {
                return method.invoke(open, arguments);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
