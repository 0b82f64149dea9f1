package org.stadtkern.core.api.access;

import java.util.Optional;
import java.util.Set;

/**
 * Who reads: a user of a tenant with roles, or an anonymous caller, and the purpose the caller
 * declared for this request (header {@code X-Purpose} or parameter {@code purpose}), if any.
 *
 * @param user the user name, or {@code null} for an anonymous caller
 * @param tenant the user's tenant, or {@code null} for an anonymous caller
 * @param roles the user's roles
 * @param purpose the declared purpose, or {@code null}
 */
public record Caller(String user, String tenant, Set<Role> roles, String purpose) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** A caller without credentials. */
    public static Caller anonymous(String purpose) {
        return new Caller(null, null, Set.of(), purpose);
    }

    public boolean isAnonymous() {
        return user == null;
    }

    /** Whether the caller has the role (an administrator has every role). */
    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    /** The declared purpose. */
    public Optional<String> declaredPurpose() {
        return Optional.ofNullable(purpose);
    }

    /** The same caller with another declared purpose. */
    public Caller withPurpose(String newPurpose) {
        return new Caller(user, tenant, roles, newPurpose);
    }

    /** For logs and audit records: user@tenant, or "anonymous". */
    public String name() {
        return isAnonymous() ? "anonymous" : user + "@" + tenant;
    }
}
