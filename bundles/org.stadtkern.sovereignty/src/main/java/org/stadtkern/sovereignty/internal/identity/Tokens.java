package org.stadtkern.sovereignty.internal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.access.Caller;
import org.stadtkern.core.api.access.Role;
import org.stadtkern.core.api.measure.Jdbc;
import org.stadtkern.sovereignty.internal.SovereigntySchema;

/**
 * API tokens for machines (apps, dashboards): 32 random bytes shown once at issue; only their
 * SHA-256 hash is stored, with the user, tenant, roles and expiry they stand for.
 */
@Component(service = Tokens.class)
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Jdbc database;

    @Activate
    public Tokens(@Reference(target = SovereigntySchema.TARGET) Jdbc database) {
        this.database = database;
    }

    /** Issues a token for the caller's identity; returns the token text (not stored). */
    public String issue(Caller identity, String label, Instant expiresAt) throws SQLException {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "sk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement("insert into sovereignty_tokens (hash, "
                        + "user_name, tenant, roles, label, expires_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, hash(token));
            insert.setString(2, identity.user());
            insert.setString(3, identity.tenant());
            insert.setString(4, String.join(",", identity.roles().stream().map(Role::name).sorted().toList()));
            insert.setString(5, label);
            insert.setTimestamp(6, Timestamp.from(expiresAt));
            insert.executeUpdate();
        }
        return token;
    }

    /** The identity of a token valid at {@code now}. */
    public Optional<Caller> find(String token, Instant now) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "select user_name, tenant, roles, expires_at from sovereignty_tokens where hash = ?")) {
            select.setString(1, hash(token));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || !row.getTimestamp("expires_at").toInstant().isAfter(now)) {
                    return Optional.empty();
                }
                Set<Role> roles = EnumSet.noneOf(Role.class);
                Arrays.stream(row.getString("roles").split(",")).filter(r -> !r.isEmpty())
                        .forEach(r -> roles.add(Role.valueOf(r)));
                return Optional.of(new Caller(row.getString("user_name"), row.getString("tenant"), roles, null));
            }
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
