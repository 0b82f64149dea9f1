package org.stadtkern.core.api.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the access model, as role names of the JAAS realm. Anonymous callers have none.
 * Each role includes what the ones before it may do, except that personal data always needs a grant.
 */
public enum Role {
    /** Reads the internal data of its own tenant. */
    READER("reader"),
    /** Runs the measures: writes data, reads the internal data of its tenant. */
    OPERATOR("operator"),
    /** Owns datasets: changes their policies and grants, reads their audit log. */
    DATA_OWNER("data-owner"),
    /** Administers the runtime: every tenant's policies, grants and audit log. */
    ADMIN("admin");

    private final String realmName;

    Role(String realmName) {
        this.realmName = realmName;
    }

    /** The role's name in the JAAS realm ({@code etc/users.properties}). */
    public String realmName() {
        return realmName;
    }

    /** The role with this realm name. */
    public static Optional<Role> ofRealmName(String name) {
        return Arrays.stream(values()).filter(role -> role.realmName.equals(name)).findFirst();
    }
}
