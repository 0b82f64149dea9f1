package ${package}.internal;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.stadtkern.core.api.measure.Jdbc;

/** The items of ${title}, per tenant, in its declared schema (db/${measure}/V*.sql). */
@Component(service = ${Measure}Store.class, configurationPid = "${artifactId}")
@Designate(ocd = ${Measure}Config.class)
public final class ${Measure}Store {

    private final Jdbc jdbc;
    private volatile int maxItems;

    @Activate
    public ${Measure}Store(@Reference(target = "(" + Jdbc.SCHEMA + "=${measure})") Jdbc jdbc, ${Measure}Config config) {
        this.jdbc = jdbc;
        modified(config);
    }

    /** A new configuration takes effect in place: no restart. */
    @Modified
    void modified(${Measure}Config config) {
        maxItems = config.items_max();
    }

    /** The tenant's items, oldest first. */
    public List<Item> items(String tenant) throws SQLException {
        return jdbc.query("select id, name, note, created from ${measure}_items where tenant = ? order by id",
                row -> new Item(row.getLong(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant()), tenant);
    }

    /**
     * Stores a checked item for the tenant.
     *
     * @throws IllegalStateException when the tenant keeps the most items allowed already
     */
    public Item add(String tenant, Item.New item) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return jdbc.transaction(tx -> {
            long count = tx.first("select count(*) from ${measure}_items where tenant = ?", row -> row.getLong(1),
                    tenant).orElse(0L);
            if (count >= maxItems) {
                throw new IllegalStateException("The tenant keeps " + maxItems + " items already.");
            }
            long id = tx.insert("insert into ${measure}_items (tenant, name, note, created) values (?, ?, ?, ?)",
                    tenant, item.name(), item.note(), Timestamp.from(now));
            return new Item(id, item.name(), item.note(), now);
        });
    }
}
