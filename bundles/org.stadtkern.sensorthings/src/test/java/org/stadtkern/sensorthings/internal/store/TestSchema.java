package org.stadtkern.sensorthings.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A new in-memory H2 database with every version of the bundle's schema, as the runtime migrates it. */
public final class TestSchema {

    private TestSchema() {
    }

    static Connection create() throws SQLException, IOException {
        return create("jdbc:h2:mem:sta" + System.nanoTime());
    }

    /** A new in-memory database with the schema, kept while the JVM runs, as a DataSource. */
    public static javax.sql.DataSource dataSource() throws SQLException, IOException {
        String url = "jdbc:h2:mem:sta" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        create(url).close();
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL(url);
        return h2;
    }

    private static Connection create(String url) throws SQLException, IOException {
        Connection connection = DriverManager.getConnection(url);
        for (int version = 1; ; version++) {
            try (InputStream in = TestSchema.class.getResourceAsStream("/db/sensorthings/V" + version + ".sql")) {
                if (in == null) {
                    return connection;
                }
                String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$", "");
                try (Statement statement = connection.createStatement()) {
                    for (String sql : script.split(";\\s*\n")) {
                        if (!sql.isBlank()) {
                            statement.execute(sql);
                        }
                    }
                }
            }
        }
    }
}
