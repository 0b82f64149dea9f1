package org.stadtkern.remotework.internal.store;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.core.api.measure.Json;
import org.stadtkern.remotework.internal.site.Places;
import org.stadtkern.remotework.internal.site.Site;
import org.stadtkern.remotework.internal.site.Space;

import com.fasterxml.jackson.databind.ObjectReader;

/** The sites and their spaces, per tenant. */
@Component(service = Sites.class)
public final class Sites {

    private static final ObjectReader SITE = Json.strictReader(Site.class);
    private static final String SPACE_COLUMNS = "p.id, p.site_id, s.slug, p.slug, p.name, p.type, p.capacity, "
            + "p.mode, p.approval, p.shared, p.equipment, p.sensor, p.check_in_code";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbc jdbc;

    @Activate
    public Sites(@Reference(target = "(" + Jdbc.SCHEMA + "=remotework)") Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates or replaces the site; true when it is new. */
    public boolean put(String tenant, String id, Site site) throws SQLException {
        Places.checked(site);
        String details;
        try {
            details = Json.writer().writeValueAsString(site);
        } catch (IOException e) {
            throw new IllegalArgumentException("site cannot be written: " + e.getMessage(), e);
        }
        if (details.length() > 20000) {
            throw new IllegalArgumentException("site is larger than 20000 characters");
        }
        return jdbc.transaction(tx -> {
            int changed = tx.update("update remotework_sites set name = ?, latitude = ?, longitude = ?, details = ? "
                    + "where tenant = ? and slug = ?", site.name(), site.latitude(), site.longitude(), details, tenant,
                    id);
            if (changed == 0) {
                tx.insert("insert into remotework_sites (tenant, slug, name, latitude, longitude, details) "
                        + "values (?, ?, ?, ?, ?, ?)", tenant, id, site.name(), site.latitude(), site.longitude(),
                        details);
            }
            return changed == 0;
        });
    }

    /** The tenant's sites, by name. */
    public List<SiteRow> list(String tenant) throws SQLException {
        return jdbc.query("select id, slug, details from remotework_sites where tenant = ? order by name, slug",
                Sites::site, tenant);
    }

    /** Every tenant's sites. */
    public List<SiteRow> all() throws SQLException {
        return jdbc.query("select id, slug, details from remotework_sites order by id", Sites::site);
    }

    /** The tenant's site. */
    public Optional<SiteRow> find(String tenant, String id) throws SQLException {
        return jdbc.first("select id, slug, details from remotework_sites where tenant = ? and slug = ?", Sites::site,
                tenant, id);
    }

    /** Creates or replaces the space of the site; true when it is new. */
    public boolean put(String tenant, SiteRow site, String id, Space space) throws SQLException {
        Places.checked(space);
        String equipment = String.join(",", space.equipment() == null ? List.of() : space.equipment());
        try {
            return jdbc.transaction(tx -> {
                int changed = tx.update("update remotework_spaces set name = ?, type = ?, capacity = ?, mode = ?, "
                        + "approval = ?, shared = ?, equipment = ?, sensor = ?, retired = null where site_id = ? "
                        + "and slug = ?",
                        space.name(), space.type(), space.capacity(), space.mode(), space.approval(), space.shared(),
                        equipment, space.sensor(), site.key(), id);
                if (changed == 0) {
                    tx.insert("insert into remotework_spaces (tenant, site_id, slug, name, type, capacity, mode, "
                            + "approval, shared, equipment, sensor, check_in_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            + "?, ?, ?)", tenant, site.key(), id, space.name(), space.type(), space.capacity(),
                            space.mode(), space.approval(), space.shared(), equipment, space.sensor(), code());
                }
                return changed == 0;
            });
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new IllegalStateException("Sensor '" + space.sensor() + "' belongs to another space.");
            }
            throw e;
        }
    }

    /** The spaces of the site, by id. */
    public List<SpaceRow> spaces(long siteKey) throws SQLException {
        return jdbc.query("select " + SPACE_COLUMNS + " from remotework_spaces p join remotework_sites s "
                + "on s.id = p.site_id where p.site_id = ? and p.retired is null order by p.slug", Sites::space,
                siteKey);
    }

    /** The tenant's space of the site. */
    public Optional<SpaceRow> space(String tenant, String site, String id) throws SQLException {
        return jdbc.first("select " + SPACE_COLUMNS + " from remotework_spaces p join remotework_sites s "
                + "on s.id = p.site_id where s.tenant = ? and s.slug = ? and p.slug = ? and p.retired is null",
                Sites::space, tenant, site, id);
    }

    /** The tenant's space whose presence sensor this is. */
    public Optional<SpaceRow> bySensor(String tenant, String sensor) throws SQLException {
        return jdbc.first("select " + SPACE_COLUMNS + " from remotework_spaces p join remotework_sites s "
                + "on s.id = p.site_id where p.tenant = ? and p.sensor = ?", Sites::space, tenant, sensor);
    }

    /**
     * Takes the space away: no longer listed, booked or sensed (its sensor is free for another space); its
     * bookings stay for the reports. Refused while bookings hold it from now on.
     *
     * @return whether the space was there
     */
    public boolean retire(String tenant, String site, String id, java.time.Instant now) throws SQLException {
        return jdbc.transaction(tx -> {
            Optional<Long> key = tx.first("select p.id from remotework_spaces p join remotework_sites s on "
                    + "s.id = p.site_id where s.tenant = ? and s.slug = ? and p.slug = ? and p.retired is null "
                    + "for update",
                    row -> row.getLong(1), tenant, site, id);
            if (key.isEmpty()) {
                return false;
            }
            int holding = tx.first("select count(*) from remotework_bookings where space_id = ? and state in "
                    + Bookings.HOLDING + " and ends > ?", row -> row.getInt(1), key.get(),
                    java.sql.Timestamp.from(now)).orElse(0);
            if (holding > 0) {
                throw new IllegalStateException(holding + " upcoming booking(s) hold this space; cancel them first.");
            }
            tx.update("delete from remotework_presence where space_id = ?", key.get());
            tx.update("update remotework_spaces set retired = ?, sensor = null where id = ?",
                    java.sql.Timestamp.from(now), key.get());
            return true;
        });
    }

    private static SiteRow site(ResultSet row) throws SQLException {
        try {
            return new SiteRow(row.getLong(1), row.getString(2), SITE.readValue(row.getString(3)));
        } catch (IOException e) {
            throw new SQLException("site " + row.getString(2) + " is not readable", e);
        }
    }

    private static SpaceRow space(ResultSet row) throws SQLException {
        String equipment = row.getString(11);
        return new SpaceRow(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), new Space(
                row.getString(5), row.getString(6), row.getInt(7), row.getString(8), row.getBoolean(9),
                row.getBoolean(10), equipment.isEmpty() ? List.of() : Arrays.asList(equipment.split(",")),
                row.getString(12)), row.getString(13));
    }

    private static String code() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
