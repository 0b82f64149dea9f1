package org.stadtkern.core.api;

/**
 * The database every Stadtkern bundle uses, a {@code javax.sql.DataSource} service configured in
 * {@code etc/org.ops4j.datasource-stadtkern.cfg} (H2 by default, PostgreSQL by configuration).
 * Reference it as {@code @Reference(target = Database.TARGET) DataSource dataSource}.
 */
public final class Database {

    /** Service filter of the Stadtkern DataSource. */
    public static final String TARGET = "(dataSourceName=stadtkern)";

    private Database() {
    }
}
