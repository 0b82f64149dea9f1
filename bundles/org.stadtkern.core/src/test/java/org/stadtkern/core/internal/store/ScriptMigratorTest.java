package org.stadtkern.core.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScriptMigratorTest {

    private JdbcDataSource dataSource;
    private ScriptMigrator migrator;

    @BeforeEach
    void database() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrator = new ScriptMigrator(dataSource);
    }

    @Test
    void appliesEveryScriptOnceInOrder() throws SQLException {
        assertEquals(2, migrator.migrate("sample", getClass().getClassLoader()));
        assertEquals(2, migrator.migrate("sample", getClass().getClassLoader()));
        assertEquals(2, count("select count(*) from sample"));
        assertEquals(1, count("select count(*) from sample where note = 'spans two lines'"));
    }

    @Test
    void moduleWithoutScriptsStaysAtVersionZero() throws SQLException {
        assertEquals(0, migrator.migrate("nothing", getClass().getClassLoader()));
    }

    /**
     * H2 commits DDL at once, so a failed script can leave its first tables behind; the version is
     * not recorded, so the script runs again next start. Hence every script uses "if not exists".
     */
    @Test
    void failingScriptIsNamedAndNotRecorded() throws SQLException {
        SQLException error = assertThrows(SQLException.class,
                () -> migrator.migrate("broken", getClass().getClassLoader()));
        assertEquals(true, error.getMessage().startsWith("Migration broken V1 failed"));
        assertThrows(SQLException.class, () -> migrator.migrate("broken", getClass().getClassLoader()));
        assertEquals(0, count("select count(*) from schema_version where module = 'broken'"));
    }

    @Test
    void splitsStatementsAtSemicolonsEndingALine() {
        List<String> statements = ScriptMigrator.statements("-- comment\ncreate table a (x varchar(5));\n"
                + "insert into a values ('x;y');\ninsert into a\n values ('z');\n");
        assertEquals(List.of("create table a (x varchar(5))", "insert into a values ('x;y')",
                "insert into a\nvalues ('z')"), statements);
        assertFalse(statements.stream().anyMatch(s -> s.startsWith("--")));
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
