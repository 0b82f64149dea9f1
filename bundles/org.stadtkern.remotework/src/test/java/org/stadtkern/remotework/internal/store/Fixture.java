package org.stadtkern.remotework.internal.store;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.remotework.internal.RemoteworkConfig;
import org.stadtkern.remotework.internal.site.Site;
import org.stadtkern.remotework.internal.site.Space;

/** The stores on a real H2 (in memory, many connections) with the measure's schema script, and one site. */
final class Fixture {

    static final String CITY = "oberhausen";
    /** Tomorrow's date in Oberhausen: the site is open every day from 06:00 to 22:00. */
    static final LocalDate TOMORROW = LocalDate.now(Policies.ZONE).plusDays(1);

    final Jdbc jdbc;
    final Sites sites;
    final People people;
    final Bookings bookings;
    final Policies policies;
    final Lifecycle lifecycle;
    final Occupancy occupancy;
    final SiteRow site;

    /** On a new in-memory H2. */
    Fixture() throws Exception {
        this(h2());
    }

    /** On a migrated database. */
    Fixture(DataSource database) throws Exception {
        jdbc = Jdbc.on(database);
        sites = new Sites(jdbc);
        people = new People(jdbc);
        bookings = new Bookings(jdbc);
        policies = new Policies(defaults());
        lifecycle = new Lifecycle(jdbc, sites, bookings, policies);
        occupancy = new Occupancy(jdbc, sites, bookings);
        sites.put(CITY, "hbf", site());
        site = sites.find(CITY, "hbf").orElseThrow();
        sites.put(CITY, site, "d1", new Space("Schreibtisch 1", "desk", 1, "bookable", false, false,
                List.of("Monitor"), "desk-1"));
        sites.put(CITY, site, "raum", new Space("Raum Emscher", "room", 6, "bookable", true, false, List.of(), null));
        sites.put(CITY, site, "saal", new Space("Lesesaal", "room", 3, "bookable", false, true, List.of(), null));
    }

    private static DataSource h2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:remotework" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("runscript from 'classpath:/db/remotework/V1.sql'");
        }
        return h2;
    }

    /**
     * A new schema of its own on the PostgreSQL that CI starts (database, user and password
     * {@code stadtkern} on localhost:5432), with the measure's script run in it; empty when there is none.
     */
    static java.util.Optional<DataSource> postgresql() throws Exception {
        org.postgresql.ds.PGSimpleDataSource admin = new org.postgresql.ds.PGSimpleDataSource();
        admin.setUrl("jdbc:postgresql://localhost:5432/stadtkern");
        admin.setUser("stadtkern");
        admin.setPassword("stadtkern");
        admin.setConnectTimeout(2);
        String schema = "remotework_test_" + System.nanoTime();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
            statement.execute("set search_path to " + schema);
            String script = new String(Fixture.class.getResourceAsStream("/db/remotework/V1.sql").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            for (String sql : script.split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        } catch (java.sql.SQLException unreachable) {
            return java.util.Optional.empty();
        }
        admin.setCurrentSchema(schema);
        return java.util.Optional.of(admin);
    }

    static Site site() {
        Map<String, String> hours = new java.util.HashMap<>();
        for (String day : List.of("mo", "tu", "we", "th", "fr", "sa", "su")) {
            hours.put(day, "06:00-22:00");
        }
        return new Site("Coworking am Hauptbahnhof", "coworking", "Stadt Oberhausen", new Site.Address(
                "Willy-Brandt-Platz 1", "46045", "Oberhausen"), 51.4752, 6.853, hours, List.of(), null, null,
                "kostenlos", null, new Site.Policy(600, 10, 14, 15), null);
    }

    SpaceRow space(String id) throws Exception {
        return sites.space(CITY, "hbf", id).orElseThrow();
    }

    People.Person person(String name) throws Exception {
        People.Created created = people.create(CITY, name, name.toLowerCase().replace(' ', '.') + "@example.org",
                "resident");
        return people.byToken(CITY, created.token()).orElseThrow();
    }

    /** An instant tomorrow at the local time. */
    static Instant at(String time) {
        return LocalDateTime.of(TOMORROW, java.time.LocalTime.parse(time)).atZone(Policies.ZONE).toInstant();
    }

    static RemoteworkConfig defaults() {
        return (RemoteworkConfig) Proxy.newProxyInstance(RemoteworkConfig.class.getClassLoader(),
                new Class<?>[] {RemoteworkConfig.class}, (proxy, method, args) -> method.getDefaultValue());
    }
}
