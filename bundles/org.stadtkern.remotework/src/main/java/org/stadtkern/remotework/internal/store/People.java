package org.stadtkern.remotework.internal.store;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.core.api.measure.Secrets;

/**
 * The people who book, without accounts: each keeps a secret token (for their bookings) and a feed
 * secret (for the calendar feed), both shown once and stored only as SHA-256 hashes. Name and e-mail are
 * personal data (dataset remotework-bookers).
 */
@Component(service = People.class)
public final class People {

    /** The coarse categories of bookers the reports count. */
    public static final Set<String> CATEGORIES = Set.of("resident", "commuter", "visitor", "student", "business",
            "other");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    /** A person as stored. */
    public record Person(long key, String tenant, String name, String email, String category) {
    }

    /** A new person with the secrets to hand out. */
    public record Created(long key, String token, String feed) {
    }

    private final Jdbc jdbc;

    @Activate
    public People(@Reference(target = "(" + Jdbc.SCHEMA + "=remotework)") Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers a person. */
    public Created create(String tenant, String name, String email, String category) throws SQLException {
        if (name == null || name.isBlank() || name.length() > 200 || name.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("name is missing, longer than 200 characters or has control "
                    + "characters");
        }
        if (email == null || email.length() > 200 || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("email is not an e-mail address");
        }
        if (category == null || !CATEGORIES.contains(category)) {
            throw new IllegalArgumentException("category must be one of " + String.join(", ",
                    CATEGORIES.stream().sorted().toList()));
        }
        String token = Secrets.token();
        String feed = Secrets.token();
        long key = jdbc.insert("insert into remotework_people (tenant, token_hash, feed_hash, name, email, category, "
                + "created) values (?, ?, ?, ?, ?, ?, ?)", tenant, Secrets.hash(token), Secrets.hash(feed),
                name.strip(),
                email.strip(), category, Timestamp.from(Instant.now()));
        return new Created(key, token, feed);
    }

    /** The tenant's person whose token this is. */
    public Optional<Person> byToken(String tenant, String token) throws SQLException {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.first("select id, tenant, name, email, category from remotework_people where tenant = ? "
                + "and token_hash = ?", row -> new Person(row.getLong(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5)), tenant, Secrets.hash(token));
    }

    /** The person whose calendar feed secret this is. */
    public Optional<Person> byFeed(String feed) throws SQLException {
        if (feed == null || feed.length() > 100) {
            return Optional.empty();
        }
        return jdbc.first("select id, tenant, name, email, category from remotework_people where feed_hash = ?",
                row -> new Person(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5)), Secrets.hash(feed));
    }

    /** The name and e-mail of a booking's booker (personal data: read only with a grant). */
    public Optional<Person> ofBooking(String tenant, long booking) throws SQLException {
        return jdbc.first("select p.id, p.tenant, p.name, p.email, p.category from remotework_people p join "
                + "remotework_bookings b on b.person_id = p.id where b.tenant = ? and b.id = ?", row -> new Person(
                        row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5)),
                tenant, booking);
    }
}
